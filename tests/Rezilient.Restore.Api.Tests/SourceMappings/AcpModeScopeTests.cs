using Microsoft.Extensions.DependencyInjection;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.SourceMappings;

/// <summary>
/// The service as composed in acp mode (environment variables of spec 09) against an ACP on loopback: the scope
/// decision the creation endpoints use resolves, caches and fails closed as spec 02 says.
/// </summary>
[NonParallelizable]
public sealed class AcpModeScopeTests : ApiTestBase
{
    private const string FoundBody =
        """{"ok":true,"tenant_id":"tenant-acme","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com","tenant_state":"active","entitlement_state":"active","instance_state":"active","allowed_services":["reg","rrs"],"updated_at":"2026-02-26T00:00:00.000Z","requested_service_scope":"rrs","service_allowed":true}""";

    private FakeAcpServer acp = null!;

    protected override IReadOnlyDictionary<string, string?> EnvironmentOverrides => new Dictionary<string, string?>
    {
        ["RRS_SOURCE_MAPPING_MODE"] = "acp",
        ["RRS_ACP_BASE_URL"] = acp.BaseUrl.ToString(),
        ["RRS_ACP_INTERNAL_TOKEN"] = "acp-internal-token",
        ["RRS_ACP_REQUEST_TIMEOUT_MS"] = "300",
        ["RRS_ACP_POSITIVE_CACHE_TTL_SECONDS"] = "30",
        ["RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS"] = "5",
    };

    protected override async Task BeforeServiceStartsAsync() => acp = await FakeAcpServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAcp() => await acp.DisposeAsync();

    // Each test uses its own instance id so cache entries of one test never answer another.
    private async Task<Application.Common.Results.RestoreError?> CheckAsync(string instance)
    {
        var guard = Factory.Services.GetRequiredService<CreationScopeGuard>();
        var token = DemoScope with { InstanceId = instance };
        return await guard.CheckAsync(token, token.TenantId, instance, token.Source, TokenMatchStyle.AllAtOnce, default);
    }

    private static string Found(string instance) => FoundBody.Replace("sn-dev-01", instance, StringComparison.Ordinal);

    [Test]
    public async Task A_found_mapping_allows_creation_and_is_cached()
    {
        acp.Respond(200, Found("i-cached")); // also resets the fake's request count

        Assert.That(await CheckAsync("i-cached"), Is.Null);
        Assert.That(await CheckAsync("i-cached"), Is.Null);

        Assert.That(acp.RequestCount, Is.EqualTo(1), "the second check is a cache hit");
        Assert.That(acp.LastPath, Is.EqualTo("/v1/internal/source-mapping/resolve"));
        Assert.That(acp.LastHeaders["x-rezilient-internal-token"], Is.EqualTo("acp-internal-token"));
    }

    [Test]
    public async Task After_the_ttl_an_outage_fails_closed_with_503()
    {
        acp.Respond(200, Found("i-expiring"));
        Assert.That(await CheckAsync("i-expiring"), Is.Null);

        Factory.Clock.Advance(TimeSpan.FromSeconds(31));
        acp.Respond(500, """{"error":"internal"}""");
        var error = await CheckAsync("i-expiring");

        Assert.That(error, Is.EqualTo(new Application.Common.Results.RestoreError(503, "scope_blocked",
            "blocked_auth_control_plane_outage",
            "ACP request to /v1/internal/source-mapping/resolve failed with status 500")));
    }

    [Test]
    public async Task A_slow_acp_is_an_outage_after_the_configured_deadline()
    {
        acp.Respond(new FakeAcpResponse(200, Found("i-slow"), DelayBeforeHeaders: TimeSpan.FromSeconds(3)));

        var error = await CheckAsync("i-slow");

        Assert.That(error!.Status, Is.EqualTo(503));
        Assert.That(error.Message, Is.EqualTo("ACP request timed out after 300ms"));
    }

    [Test]
    public async Task A_wrong_internal_token_is_an_outage_not_an_allow()
    {
        acp.Respond(403, """{"error":"forbidden","reason_code":"internal_auth_required"}""");

        var error = await CheckAsync("i-forbidden");

        Assert.That((error!.Status, error.ReasonCode, error.Message),
            Is.EqualTo((503, "blocked_auth_control_plane_outage", "ACP internal authentication failed")));
    }

    [Test]
    public async Task Not_found_is_403_and_cached_for_the_negative_ttl()
    {
        acp.Respond(404, """{"error":"not_found","reason_code":"tenant_instance_mapping_not_found","message":"tenant/instance mapping not found"}""");
        var first = await CheckAsync("i-unknown");
        Assert.That(first!.Message, Is.EqualTo("tenant/instance mapping not found in ACP"));

        acp.Respond(200, Found("i-unknown"));
        Assert.That(await CheckAsync("i-unknown"), Is.EqualTo(first), "served from the negative cache");
        Assert.That(acp.RequestCount, Is.Zero);

        Factory.Clock.Advance(TimeSpan.FromSeconds(6));
        Assert.That(await CheckAsync("i-unknown"), Is.Null, "the negative entry expired");
        Assert.That(acp.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task An_inactive_mapping_is_403_with_the_unknown_mapping_reason()
    {
        acp.Respond(200, Found("i-suspended").Replace("\"tenant_state\":\"active\"", "\"tenant_state\":\"suspended\"", StringComparison.Ordinal));

        var error = await CheckAsync("i-suspended");

        Assert.That((error!.Status, error.ReasonCode), Is.EqualTo((403, "blocked_unknown_source_mapping")));
    }
}
