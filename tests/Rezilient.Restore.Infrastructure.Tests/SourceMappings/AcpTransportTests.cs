using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.Infrastructure.SourceMappings;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

/// <summary>
/// Spec 02 §5.1/§5.5 and M3/M4: request shape, the single deadline, transport failures, the body cap and the caller's
/// own cancellation. Deadlines are small (200 ms) against long server delays (2 s+); no duration is asserted.
/// </summary>
public sealed class AcpTransportTests : AcpClientFixture
{
    private const int ShortTimeoutMs = 200;
    private static readonly TimeSpan LongDelay = TimeSpan.FromSeconds(2);

    [Test]
    public async Task Resolve_posts_compact_JSON_with_trimmed_ids_and_the_internal_token()
    {
        Acp.Respond(200, ResolveBody().ToJsonString());

        await CreateClient().ResolveAsync(" tenant-acme\t", "\u00a0sn-dev-01\n", "rrs", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Acp.LastMethod, Is.EqualTo("POST"));
            Assert.That(Acp.LastPath, Is.EqualTo(ResolvePath));
            Assert.That(Acp.LastHeaders["content-type"], Is.EqualTo("application/json"));
            Assert.That(Acp.LastHeaders["x-rezilient-internal-token"], Is.EqualTo(Token));
            Assert.That(Acp.LastHeaders.ContainsKey("authorization"), Is.False);
            Assert.That(Acp.LastBody, Is.EqualTo("""{"tenant_id":"tenant-acme","instance_id":"sn-dev-01","service_scope":"rrs"}"""));
            Assert.That(Acp.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Resolve_sends_the_requested_scope_and_non_ASCII_ids_as_UTF_8()
    {
        Acp.Respond(200, ResolveBody().ToJsonString());

        await CreateClient().ResolveAsync("tenant-é", "sn-dev-01", "reg", CancellationToken.None);

        Assert.That(Acp.LastBody, Is.EqualTo("""{"tenant_id":"tenant-é","instance_id":"sn-dev-01","service_scope":"reg"}"""));
    }

    [Test]
    public async Task Resolve_without_a_scope_sends_the_configured_default()
    {
        Acp.Respond(200, ResolveBody().ToJsonString());
        using var http = new HttpClient(AcpSourceMappingClient.CreateHandler());
        var client = new AcpSourceMappingClient(http, new AcpClientOptions(Acp.BaseUrl, Token, 2000, "reg"));

        await client.ResolveAsync("tenant-acme", "sn-dev-01", null!, CancellationToken.None);

        Assert.That(Acp.LastBody, Is.EqualTo("""{"tenant_id":"tenant-acme","instance_id":"sn-dev-01","service_scope":"reg"}"""));
    }

    [TestCase("/acp/", "/acp/v1/internal/source-mapping/resolve", TestName = "Base path prefix with a trailing slash")]
    [TestCase("/acp///", "/acp/v1/internal/source-mapping/resolve", TestName = "Base path prefix with several trailing slashes")]
    [TestCase("/a/b", "/a/b/v1/internal/source-mapping/resolve", TestName = "Base path prefix without a trailing slash")]
    [TestCase("", "/v1/internal/source-mapping/resolve", TestName = "Bare origin")]
    public async Task The_base_URL_path_prefix_is_preserved(string prefix, string expectedPath)
    {
        Acp.Respond(200, ResolveBody().ToJsonString());
        var baseUrl = new Uri(Acp.BaseUrl.GetLeftPart(UriPartial.Authority) + prefix);

        var resolution = await CreateClient(baseUrl: baseUrl).ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That((resolution.Kind, Acp.LastPath), Is.EqualTo((MappingResolutionKind.Found, expectedPath)));
    }

    [Test]
    public async Task List_uses_the_base_URL_path_prefix_too()
    {
        Acp.Respond(200, """{"source_mappings":[]}""");
        var baseUrl = new Uri(Acp.BaseUrl.GetLeftPart(UriPartial.Authority) + "/acp//");

        await CreateClient(baseUrl: baseUrl).ListAsync(new MappingListFilter(), CancellationToken.None);

        Assert.That(Acp.LastPath, Is.EqualTo("/acp/v1/internal/source-mappings/list"));
        Assert.That(Acp.LastHeaders["x-rezilient-internal-token"], Is.EqualTo(Token));
    }

    [Test]
    public async Task Slow_response_headers_hit_the_deadline_without_a_retry()
    {
        Acp.Respond(new FakeAcpResponse(200, ResolveBody().ToJsonString(), DelayBeforeHeaders: LongDelay));

        var resolution = await CreateClient(ShortTimeoutMs).ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That((resolution.Kind, resolution.OutageMessage, resolution.HttpStatus),
            Is.EqualTo((MappingResolutionKind.Outage, "ACP request timed out after 200ms", (int?)null)));
        Assert.That(Acp.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task The_deadline_also_covers_reading_the_body()
    {
        Acp.Respond(new FakeAcpResponse(200, ResolveBody().ToJsonString(), DelayMidBody: LongDelay));

        var resolution = await CreateClient(ShortTimeoutMs).ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That((resolution.Kind, resolution.OutageMessage, resolution.HttpStatus),
            Is.EqualTo((MappingResolutionKind.Outage, "ACP request timed out after 200ms", (int?)200)));
    }

    [Test]
    public async Task List_shares_the_deadline_rules()
    {
        Acp.Respond(new FakeAcpResponse(200, """{"source_mappings":[]}""", DelayMidBody: LongDelay, SendContentLength: true));

        var result = await CreateClient(ShortTimeoutMs).ListAsync(new MappingListFilter(), CancellationToken.None);

        Assert.That(result.OutageMessage, Is.EqualTo("ACP request timed out after 200ms"));
    }

    [Test]
    public async Task A_refused_connection_is_a_transport_outage()
    {
        var resolution = await CreateClient(baseUrl: UnusedLoopbackUrl())
            .ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.Outage));
        Assert.That(resolution.OutageMessage, Does.StartWith("ACP request failed"));
        Assert.That(resolution.OutageMessage, Is.Not.EqualTo("ACP request failed: "));
        Assert.That(resolution.HttpStatus, Is.Null);
    }

    [Test]
    public async Task A_refused_connection_is_a_transport_outage_for_list()
    {
        var result = await CreateClient(baseUrl: UnusedLoopbackUrl()).ListAsync(new MappingListFilter(), CancellationToken.None);

        Assert.That(result.OutageMessage, Does.StartWith("ACP request failed"));
    }

    [TestCase(false, TestName = "Connection dropped mid chunked body")]
    [TestCase(true, TestName = "Connection dropped mid body with Content-Length")]
    public async Task A_connection_dropped_by_ACP_is_a_transport_outage(bool sendContentLength)
    {
        Acp.Respond(new FakeAcpResponse(200, ResolveBody().ToJsonString(), AbortMidBody: true, SendContentLength: sendContentLength));

        var resolution = await CreateClient().ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.Outage));
        // Whether the headers got through before the reset is up to the network stack, so the status is not asserted.
        Assert.That(resolution.OutageMessage, Does.StartWith("ACP request failed"));
    }

    [TestCase(false, TestName = "Oversized chunked body")]
    [TestCase(true, TestName = "Oversized body with Content-Length")]
    public async Task A_body_over_one_MiB_is_an_outage(bool sendContentLength)
    {
        Acp.Respond(new FakeAcpResponse(200, PaddedResolveBody(1_048_577), SendContentLength: sendContentLength));

        var resolution = await CreateClient().ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That((resolution.Kind, resolution.OutageMessage, resolution.HttpStatus),
            Is.EqualTo((MappingResolutionKind.Outage, "ACP response body exceeded 1048576 bytes", (int?)200)));
    }

    [Test]
    public async Task A_body_of_exactly_one_MiB_is_read()
    {
        Acp.Respond(200, PaddedResolveBody(1_048_576));

        var resolution = await CreateClient().ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.Found));
    }

    [Test]
    public void The_callers_cancellation_before_headers_propagates()
    {
        Acp.Respond(new FakeAcpResponse(200, ResolveBody().ToJsonString(), DelayBeforeHeaders: TimeSpan.FromSeconds(5)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var client = CreateClient(timeoutMs: 30_000);

        var exception = Assert.CatchAsync<OperationCanceledException>(
            async () => await client.ResolveAsync("tenant-acme", "sn-dev-01", "rrs", cancellation.Token));

        Assert.That(exception!.CancellationToken, Is.EqualTo(cancellation.Token));
    }

    [Test]
    public void The_callers_cancellation_while_reading_the_body_propagates()
    {
        Acp.Respond(new FakeAcpResponse(200, """{"source_mappings":[]}""", DelayMidBody: TimeSpan.FromSeconds(5)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var client = CreateClient(timeoutMs: 30_000);

        var exception = Assert.CatchAsync<OperationCanceledException>(
            async () => await client.ListAsync(new MappingListFilter(), cancellation.Token));

        Assert.That(exception!.CancellationToken, Is.EqualTo(cancellation.Token));
    }

    [Test]
    public void An_already_cancelled_call_throws_instead_of_reporting_an_outage()
    {
        Acp.Respond(200, ResolveBody().ToJsonString());

        Assert.CatchAsync<OperationCanceledException>(async () =>
            await CreateClient().ResolveAsync("tenant-acme", "sn-dev-01", "rrs", new CancellationToken(canceled: true)));
    }

    /// <summary>A resolve answer padded with insignificant whitespace to exactly <paramref name="size"/> bytes.</summary>
    private static string PaddedResolveBody(int size)
    {
        var json = ResolveBody().ToJsonString();
        return json + new string(' ', size - json.Length);
    }

    private static Uri UnusedLoopbackUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
