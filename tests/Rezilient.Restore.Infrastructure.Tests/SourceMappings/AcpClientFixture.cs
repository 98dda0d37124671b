using System.Text.Json.Nodes;
using Rezilient.Restore.Infrastructure.SourceMappings;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

/// <summary>One fake ACP per fixture; clients are built the way the service registers them (handler, no HttpClient timeout).</summary>
public abstract class AcpClientFixture
{
    protected const string Token = "internal-token-123";
    protected const string ResolvePath = "/v1/internal/source-mapping/resolve";
    protected const string ListPath = "/v1/internal/source-mappings/list";

    private readonly List<HttpClient> _httpClients = [];

    protected FakeAcpServer Acp { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAcpAsync() => Acp = await FakeAcpServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAcpAsync() => await Acp.DisposeAsync();

    [TearDown]
    public void DisposeClients()
    {
        _httpClients.ForEach(client => client.Dispose());
        _httpClients.Clear();
    }

    /// <summary>The resolve answer of spec 02 §6.2.</summary>
    protected static JsonObject ResolveBody() => new()
    {
        ["ok"] = true,
        ["tenant_id"] = "tenant-acme",
        ["instance_id"] = "sn-dev-01",
        ["source"] = "sn://acme-dev.service-now.com",
        ["tenant_state"] = "active",
        ["entitlement_state"] = "active",
        ["instance_state"] = "active",
        ["allowed_services"] = new JsonArray("reg", "rrs"),
        ["updated_at"] = "2026-02-26T00:00:00.000Z",
        ["requested_service_scope"] = "rrs",
        ["service_allowed"] = true,
    };

    /// <summary>A list record of spec 02 §6.3 (exactly the eight fields).</summary>
    protected static JsonObject ListRecord(string instanceId) => new()
    {
        ["tenant_id"] = "tenant-acme",
        ["instance_id"] = instanceId,
        ["source"] = $"sn://{instanceId}.service-now.com",
        ["tenant_state"] = "active",
        ["entitlement_state"] = "active",
        ["instance_state"] = "active",
        ["allowed_services"] = new JsonArray("rrs"),
        ["updated_at"] = "2026-02-26T00:00:00.000Z",
    };

    protected AcpSourceMappingClient CreateClient(int timeoutMs = 2000, Uri? baseUrl = null)
    {
        var http = new HttpClient(AcpSourceMappingClient.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        _httpClients.Add(http);
        return new AcpSourceMappingClient(http, new AcpClientOptions(baseUrl ?? Acp.BaseUrl, Token, timeoutMs));
    }
}
