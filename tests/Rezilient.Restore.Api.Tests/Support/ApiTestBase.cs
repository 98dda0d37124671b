using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.Support;

/// <summary>
/// Base of the HTTP tests: a fresh database state per test, one in-process service per fixture, helpers that send
/// raw requests and read the status and JSON body exactly as a client sees them.
/// </summary>
public abstract class ApiTestBase
{
    public static readonly RequestScope DemoScope = new("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com");

    protected RestoreApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected static TestDatabase Database => Rezilient.Restore.Api.Tests.ApiTestDatabase.Database;

    protected virtual IReadOnlyDictionary<string, string?>? EnvironmentOverrides => null;

    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ServiceOverrides => null;

    /// <summary>Runs before the service is built (e.g. to start a fake dependency whose address it needs).</summary>
    protected virtual Task BeforeServiceStartsAsync() => Task.CompletedTask;

    [OneTimeSetUp]
    public async Task StartService()
    {
        await BeforeServiceStartsAsync();
        Factory = new RestoreApiFactory(Database, EnvironmentOverrides, ServiceOverrides);
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    [SetUp]
    public Task ResetState()
    {
        Factory.Clock.UtcNow = RestoreApiFactory.Now;
        return Database.ResetAsync();
    }

    protected static string Token(RequestScope? scope = null, DateTimeOffset? now = null) =>
        BearerTokenIssuer.IssueForScope(
            RestoreApiFactory.SigningKey, scope ?? DemoScope, now ?? RestoreApiFactory.Now, TimeSpan.FromMinutes(5));

    protected static HttpRequestMessage Request(HttpMethod method, string path, string? body = null, string? bearer = null,
        string? adminToken = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (adminToken is not null)
        {
            request.Headers.TryAddWithoutValidation("x-rezilient-admin-token", adminToken);
        }

        return request;
    }

    protected async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse((int)response.StatusCode, text, response.Content.Headers.ContentType?.MediaType);
    }

    protected Task<ApiResponse> AdminPostAsync(string path, string body) =>
        SendAsync(Request(HttpMethod.Post, path, body, adminToken: RestoreApiFactory.AdminToken));
}

/// <summary>What a client sees: status, raw body, media type, and the body parsed as a JSON object.</summary>
public sealed record ApiResponse(int Status, string Text, string? MediaType)
{
    public JsonObject Json => JsonNode.Parse(Text)?.AsObject() ?? throw new JsonException($"not a JSON object: {Text}");

    /// <summary>The body re-serialized compactly, for exact envelope comparisons.</summary>
    public string Compact => Json.ToJsonString();
}
