using Moq;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Tests.SourceMappings;

public sealed class CreationScopeGuardTests
{
    private static readonly RequestScope Token = new("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com");

    private Mock<ISourceMappingSource> mappings = null!;

    [SetUp]
    public void CreateMock() => mappings = new Mock<ISourceMappingSource>(MockBehavior.Strict);

    private ValueTask<RestoreError?> Check(string tenant = "tenant-acme", MappingSourceKind kind = MappingSourceKind.Acp) =>
        new CreationScopeGuard(mappings.Object, kind)
            .CheckAsync(Token, tenant, Token.InstanceId, Token.Source, TokenMatchStyle.FieldByField, CancellationToken.None);

    private void Resolves(MappingResolution resolution) =>
        mappings.Setup(m => m.ResolveAsync("tenant-acme", "sn-dev-01", "rrs", It.IsAny<CancellationToken>()))
            .ReturnsAsync(resolution);

    [Test]
    public async Task A_token_mismatch_is_denied_without_asking_the_mapping_source()
    {
        var error = await Check(tenant: "tenant-other");

        Assert.That(error, Is.EqualTo(new RestoreError(403, "scope_blocked", "blocked_unknown_source_mapping",
            "tenant_id does not match token scope")));
        mappings.VerifyNoOtherCalls();
    }

    [Test]
    public async Task D2_an_outage_is_the_503_scope_blocked_envelope()
    {
        Resolves(MappingResolution.Outage("ACP request failed with status 500", 500));

        Assert.That(await Check(), Is.EqualTo(new RestoreError(503, "scope_blocked", "blocked_auth_control_plane_outage",
            "ACP request failed with status 500")));
    }

    [Test]
    public async Task D3_a_lookup_that_throws_is_an_outage_not_a_500()
    {
        mappings.Setup(m => m.ResolveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        Assert.That(await Check(), Is.EqualTo(new RestoreError(503, "scope_blocked", "blocked_auth_control_plane_outage",
            "auth control plane source mapping resolve failed: boom")));
    }

    [Test]
    public async Task D4_not_found_is_403_in_the_words_of_the_mode()
    {
        Resolves(MappingResolution.NotFound);

        Assert.That((await Check(kind: MappingSourceKind.Static))!.Message, Is.EqualTo("No source mapping found for tenant/instance"));
        Assert.That((await Check(kind: MappingSourceKind.Acp))!.Message, Is.EqualTo("tenant/instance mapping not found in ACP"));
    }

    [Test]
    public async Task A_matching_active_mapping_lets_creation_proceed()
    {
        Resolves(MappingResolution.Found(new CanonicalMapping(Token.TenantId, Token.InstanceId, Token.Source,
            "active", "active", "active", ["reg", "rrs"], "2026-02-26T00:00:00.000Z") { ServiceAllowed = true }));

        Assert.That(await Check(), Is.Null);
    }

    [Test]
    public void The_callers_cancellation_propagates()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        mappings.Setup(m => m.ResolveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException(cancelled.Token));
        var guard = new CreationScopeGuard(mappings.Object, MappingSourceKind.Acp);

        Assert.That(async () => await guard.CheckAsync(Token, Token.TenantId, Token.InstanceId, Token.Source,
            TokenMatchStyle.AllAtOnce, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
