using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Domain.Tests.Scope;

/// <summary>Spec 02 §3 rows D1–D8 (D3, a throwing lookup, is the guard's; see CreationScopeGuardTests).</summary>
public sealed class CreationScopePolicyTests
{
    private const string Tenant = "tenant-acme";
    private const string Instance = "sn-dev-01";
    private const string Source = "sn://acme-dev.service-now.com";
    private static readonly RequestScope Token = new(Tenant, Instance, Source);

    private static CanonicalMapping Mapping(
        string tenant = Tenant, string instance = Instance, string source = Source, string tenantState = "active",
        string entitlementState = "active", string instanceState = "active", bool? serviceAllowed = true) =>
        new(tenant, instance, source, tenantState, entitlementState, instanceState, ["rrs"], "2026-02-26T00:00:00.000Z")
        {
            RequestedServiceScope = "rrs",
            ServiceAllowed = serviceAllowed,
        };

    private static ScopeDenial? Decide(MappingResolution resolution, MappingSourceKind kind = MappingSourceKind.Acp) =>
        CreationScopePolicy.CheckResolution(Tenant, Instance, Source, resolution, kind);

    [TestCase("tenant-other", Instance, Source, "tenant_id does not match token scope")]
    [TestCase(Tenant, "sn-other", Source, "instance_id does not match token scope")]
    [TestCase(Tenant, Instance, "sn://other", "source does not match token scope")]
    [TestCase("tenant-other", "sn-other", "sn://other", "tenant_id does not match token scope")]
    [TestCase(Tenant, "sn-other", "sn://other", "instance_id does not match token scope")]
    [TestCase("TENANT-ACME", Instance, Source, "tenant_id does not match token scope")]
    [TestCase(" tenant-acme", Instance, Source, "tenant_id does not match token scope")]
    public void D1_jobs_compare_tenant_then_instance_then_source(string tenant, string instance, string source, string message)
    {
        var denial = CreationScopePolicy.CheckToken(Token, tenant, instance, source, TokenMatchStyle.FieldByField);

        Assert.That(denial, Is.EqualTo(new ScopeDenial(403, "blocked_unknown_source_mapping", message)));
    }

    [TestCase("tenant-other", Instance, Source)]
    [TestCase(Tenant, Instance, "sn://ACME-dev.service-now.com")]
    public void D1_dry_run_uses_one_message(string tenant, string instance, string source)
    {
        var denial = CreationScopePolicy.CheckToken(Token, tenant, instance, source, TokenMatchStyle.AllAtOnce);

        Assert.That(denial, Is.EqualTo(new ScopeDenial(403, "blocked_unknown_source_mapping",
            "token scope does not match tenant/instance/source request")));
    }

    [TestCase(TokenMatchStyle.AllAtOnce)]
    [TestCase(TokenMatchStyle.FieldByField)]
    public void The_token_triple_itself_passes(TokenMatchStyle style)
    {
        Assert.That(CreationScopePolicy.CheckToken(Token, Tenant, Instance, Source, style), Is.Null);
    }

    [Test]
    public void D2_an_outage_is_a_503_with_the_outage_message()
    {
        Assert.That(Decide(MappingResolution.Outage("ACP request timed out after 2000ms")),
            Is.EqualTo(new ScopeDenial(503, "blocked_auth_control_plane_outage", "ACP request timed out after 2000ms")));
    }

    [TestCase(MappingSourceKind.Acp, "tenant/instance mapping not found in ACP")]
    [TestCase(MappingSourceKind.Static, "No source mapping found for tenant/instance")]
    public void D4_not_found_is_403(MappingSourceKind kind, string message)
    {
        Assert.That(Decide(MappingResolution.NotFound, kind),
            Is.EqualTo(new ScopeDenial(403, "blocked_unknown_source_mapping", message)));
    }

    [TestCase("tenant-other", Instance)]
    [TestCase(Tenant, "sn-other")]
    [TestCase(Tenant, "sn-dev-01 ")]
    public void D5_a_mapping_for_another_tenant_or_instance_is_403(string tenant, string instance)
    {
        Assert.That(Decide(MappingResolution.Found(Mapping(tenant, instance)))!.Message,
            Is.EqualTo("ACP returned mismatched tenant/instance mapping"));
    }

    [TestCase(MappingSourceKind.Acp, "source does not match canonical ACP mapping")]
    [TestCase(MappingSourceKind.Static, "Source does not match canonical mapping")]
    public void D6_another_source_is_403(MappingSourceKind kind, string message)
    {
        Assert.That(Decide(MappingResolution.Found(Mapping(source: "sn://moved.service-now.com")), kind),
            Is.EqualTo(new ScopeDenial(403, "blocked_unknown_source_mapping", message)));
    }

    [TestCase(false)]
    [TestCase(null)]
    public void D7_a_service_not_allowed_is_403(bool? allowed)
    {
        Assert.That(Decide(MappingResolution.Found(Mapping(serviceAllowed: allowed)))!.Message,
            Is.EqualTo("service scope is not allowed by ACP mapping"));
    }

    [TestCase("suspended", "active", "active")]
    [TestCase("active", "disabled", "active")]
    [TestCase("active", "active", "suspended")]
    public void D8_any_inactive_state_is_403_with_the_same_reason(string tenant, string entitlement, string instance)
    {
        Assert.That(Decide(MappingResolution.Found(Mapping(tenantState: tenant, entitlementState: entitlement, instanceState: instance))),
            Is.EqualTo(new ScopeDenial(403, "blocked_unknown_source_mapping", "ACP mapping is not active for tenant/entitlement/instance")));
    }

    [Test]
    public void D5_is_checked_before_D6_D7_and_D8()
    {
        var everythingWrong = Mapping("tenant-other", source: "sn://x", tenantState: "disabled", serviceAllowed: false);

        Assert.That(Decide(MappingResolution.Found(everythingWrong))!.Message,
            Is.EqualTo("ACP returned mismatched tenant/instance mapping"));
    }

    [Test]
    public void An_active_allowed_matching_mapping_is_allowed()
    {
        Assert.That(Decide(MappingResolution.Found(Mapping())), Is.Null);
    }
}
