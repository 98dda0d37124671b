using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Domain.Tests.Scope;

public sealed class RequestScopeTests
{
    private const string Tenant = "tenant-acme";
    private const string Instance = "sn-dev-01";
    private const string Source = "sn://acme-dev.service-now.com";

    private static readonly RequestScope Scope = new(Tenant, Instance, Source);

    [Test]
    public void A_scope_owns_a_resource_with_the_same_three_parts()
    {
        Assert.That(Scope.Owns(Tenant, Instance, Source), Is.True);
    }

    [TestCase("tenant-other", Instance, Source, TestName = "A_different_tenant_is_not_owned")]
    [TestCase(Tenant, "sn-dev-02", Source, TestName = "A_different_instance_is_not_owned")]
    [TestCase(Tenant, Instance, "sn://other.service-now.com", TestName = "A_different_source_is_not_owned")]
    public void A_scope_does_not_own_a_resource_that_differs_in_one_part(string tenant, string instance, string source)
    {
        Assert.That(Scope.Owns(tenant, instance, source), Is.False);
    }

    [TestCase("Tenant-acme", Instance, Source, TestName = "A_tenant_differing_only_in_case_is_not_owned")]
    [TestCase(Tenant, "SN-dev-01", Source, TestName = "An_instance_differing_only_in_case_is_not_owned")]
    [TestCase(Tenant, Instance, "SN://acme-dev.service-now.com", TestName = "A_source_differing_only_in_case_is_not_owned")]
    public void Comparison_is_case_sensitive(string tenant, string instance, string source)
    {
        Assert.That(Scope.Owns(tenant, instance, source), Is.False);
    }

    [TestCase(" tenant-acme", Instance, Source, TestName = "A_tenant_with_leading_space_is_not_owned")]
    [TestCase(Tenant, "sn-dev-01 ", Source, TestName = "An_instance_with_trailing_space_is_not_owned")]
    [TestCase(Tenant, Instance, "sn://acme-dev.service-now.com/", TestName = "A_source_with_a_trailing_slash_is_not_owned")]
    public void Comparison_is_exact_without_trimming_or_normalization(string tenant, string instance, string source)
    {
        Assert.That(Scope.Owns(tenant, instance, source), Is.False);
    }

    [Test]
    public void Comparison_is_ordinal_not_culture_aware()
    {
        // "é" precomposed vs "e" + combining acute: culture comparison may call them equal, ordinal must not.
        var composed = new RequestScope("caf\u00e9", Instance, Source);

        Assert.That(composed.Owns("cafe\u0301", Instance, Source), Is.False);
    }

    [Test]
    public void Swapped_parts_are_not_owned()
    {
        Assert.That(Scope.Owns(Instance, Tenant, Source), Is.False);
    }
}
