using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.Support;

/// <summary>
/// The real service in-process (WebApplicationFactory) on the assembly's test database, configured through the same
/// environment-variable names as production, with a pinned clock.
/// </summary>
public sealed class RestoreApiFactory(
    TestDatabase database,
    IReadOnlyDictionary<string, string?>? overrides = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token";
    public const string SigningKey = "test-signing-key-0123456789abcdef0123";

    public static readonly DateTimeOffset Now = new(2026, 2, 16, 12, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Now);

    public static Dictionary<string, string?> BaseEnvironment(TestDatabase database) => new()
    {
        ["PORT"] = "0",
        ["RRS_ADMIN_TOKEN"] = AdminToken,
        ["RRS_AUTH_SIGNING_KEY"] = SigningKey,
        ["REZ_RESTORE_PG_URL"] = database.ConnectionString,
        ["RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM"] = File.ReadAllText(SharedPaths.Vectors("evidence", "test-ed25519-private.pem")),
        ["RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM"] = File.ReadAllText(SharedPaths.Vectors("evidence", "test-ed25519-public.pem")),
        ["RRS_SOURCE_MAPPING_MODE"] = "static",
        ["RRS_SOURCE_MAPPINGS_JSON"] =
            """[{"tenant_id":"tenant-acme","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com"}]""",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var environment = BaseEnvironment(database);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            builder.UseSetting(name, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.RemoveAll<TimeProvider>();
            collection.AddSingleton<TimeProvider>(Clock);
        });
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
