using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.Startup;

/// <summary>
/// Spec 09 §4 with the real binary: configuration errors and an unmigrated database stop startup with
/// <c>restore-service failed to start</c> and exit 1; <c>migrate</c> prepares the schema; a good start logs
/// <c>restore-service listening</c> without secrets and serves requests.
/// </summary>
[NonParallelizable]
public sealed class ServiceStartupTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private TestDatabase database = null!;

    [OneTimeSetUp]
    public async Task CreateEmptyDatabase() =>
        database = await TestDatabase.CreateAsync("rrs_test_api_startup", migrate: false);

    [OneTimeTearDown]
    public async Task Dispose() => await database.DisposeAsync();

    private Dictionary<string, string?> Environment(int port = 0)
    {
        var environment = RestoreApiFactory.BaseEnvironment(database);
        environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RRS_BIND_ADDRESS"] = "127.0.0.1";
        return environment;
    }

    [Test, Order(1)]
    public async Task A_missing_required_variable_stops_startup_with_its_message()
    {
        var environment = Environment();
        environment.Remove("RRS_ADMIN_TOKEN");
        using var service = ServiceProcess.Start(environment);

        Assert.That(await service.WaitForExitAsync(Timeout), Is.EqualTo(1));
        var line = JsonNode.Parse(await service.WaitForLineAsync("restore-service failed to start", Timeout))!;
        Assert.That(line["State"]!["error"]!.GetValue<string>(), Is.EqualTo("RRS_ADMIN_TOKEN is required"));
    }

    [Order(1)]
    [TestCase(null, "x", "RRS_ACP_BASE_URL is required")]
    [TestCase("acp.internal:3010", "x", "RRS_ACP_BASE_URL must be a valid URL")]
    [TestCase("http://127.0.0.1:3010", null, "RRS_ACP_INTERNAL_TOKEN is required")]
    public async Task Acp_mode_without_its_variables_stops_startup(string? baseUrl, string? token, string message)
    {
        var environment = Environment();
        environment["RRS_SOURCE_MAPPING_MODE"] = "acp";
        environment["RRS_ACP_BASE_URL"] = baseUrl;
        environment["RRS_ACP_INTERNAL_TOKEN"] = token;
        using var service = ServiceProcess.Start(environment);

        Assert.That(await service.WaitForExitAsync(Timeout), Is.EqualTo(1));
        var line = JsonNode.Parse(await service.WaitForLineAsync("restore-service failed to start", Timeout))!;
        Assert.That(line["State"]!["error"]!.GetValue<string>(), Is.EqualTo(message));
    }

    [Test, Order(1)]
    public async Task Globalization_invariant_mode_stops_startup_because_plan_hashes_would_change()
    {
        var environment = Environment();
        environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var service = ServiceProcess.Start(environment);

        Assert.That(await service.WaitForExitAsync(Timeout), Is.EqualTo(1));
        Assert.That(service.Output, Does.Contain("ICU collation is not available"));
    }

    [Test, Order(2)]
    public async Task A_mismatched_evidence_key_pair_stops_startup()
    {
        var environment = Environment();
        environment["RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM"] =
            "-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\\n-----END PUBLIC KEY-----";
        using var service = ServiceProcess.Start(environment);

        Assert.That(await service.WaitForExitAsync(Timeout), Is.EqualTo(1));
        Assert.That(service.Output, Does.Contain(
            "RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM must match RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM"));
    }

    [Test, Order(3)]
    public async Task An_unmigrated_database_stops_startup_instead_of_changing_the_schema()
    {
        using var service = ServiceProcess.Start(Environment());

        Assert.That(await service.WaitForExitAsync(Timeout), Is.EqualTo(1));
        Assert.That(service.Output, Does.Contain("restore-service failed to start"));
        Assert.That(service.Output, Does.Contain("database schema is not up to date"));
        Assert.That(await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'rez_restore_index'"), Is.Zero);
    }

    [Test, Order(4)]
    public async Task Migrate_applies_the_schema_and_is_repeatable()
    {
        using (var first = ServiceProcess.Start(Environment(), "migrate"))
        {
            Assert.That(await first.WaitForExitAsync(Timeout), Is.EqualTo(0), first.Output);
        }

        using var second = ServiceProcess.Start(Environment(), "migrate");
        Assert.That(await second.WaitForExitAsync(Timeout), Is.EqualTo(0), second.Output);
        Assert.That(second.Output, Does.Contain("\"applied\":0"));
        Assert.That(await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'rez_restore_index' AND table_name = 'partition_watermarks'"),
            Is.EqualTo(1));
    }

    [Test, Order(5)]
    public async Task A_good_start_logs_listening_without_secrets_and_serves()
    {
        using var service = ServiceProcess.Start(Environment());

        var line = JsonNode.Parse(await service.WaitForLineAsync("restore-service listening", Timeout))!;
        var state = line["State"]!.AsObject();
        var port = state["port"]!.GetValue<int>();
        using var client = new HttpClient();
        var health = await client.GetStringAsync(new Uri($"http://127.0.0.1:{port}/v1/health"));

        Assert.That(health, Is.EqualTo("""{"ok":true}"""));
        Assert.That(await BrokenChunkedBodyAsync(port), Does.StartWith("HTTP/1.1 400").And.Contains("\"error\":\"bad_request\""),
            "broken transfer framing is the client's fault, never a 500");
        Assert.That(state["source_mapping_mode"]!.GetValue<string>(), Is.EqualTo("static"));
        Assert.That(state["mapping_count"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(state["max_json_body_bytes"]!.GetValue<long>(), Is.EqualTo(1_048_576));
        Assert.That(state["restore_pg_url_configured"]!.GetValue<bool>(), Is.True);
        Assert.That(service.Output, Does.Not.Contain(RestoreApiFactory.AdminToken));
        Assert.That(service.Output, Does.Not.Contain(RestoreApiFactory.SigningKey));
        Assert.That(service.Output, Does.Not.Contain("PRIVATE KEY"));
    }

    [Test, Order(6)]
    public async Task A_port_in_use_stops_startup()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        using var service = ServiceProcess.Start(Environment(port));

        Assert.That(await service.WaitForExitAsync(Timeout), Is.EqualTo(1));
        Assert.That(service.Output, Does.Contain("restore-service failed to start"));
    }

    /// <summary>A chunked body with a malformed chunk size, sent over a raw socket (an HTTP client would not send it).</summary>
    private static async Task<string> BrokenChunkedBodyAsync(int port)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = socket.GetStream();
        var request =
            "POST /v1/admin/ops/staging-mode HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            $"x-rezilient-admin-token: {RestoreApiFactory.AdminToken}\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{{}}\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new char[4096];
        var read = await reader.ReadAsync(buffer.AsMemory(), timeout.Token);
        return new string(buffer, 0, read);
    }
}
