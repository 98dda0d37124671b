using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>HTTP tests of the job area: a fresh database per test with fresh restore-index coverage for the demo scope.</summary>
public abstract class JobsTestBase : ApiTestBase
{
    internal JobsApi Api { get; private set; } = null!;

    /// <summary>Two instances of one tenant, so examples can show that lock scopes never interact (E-7).</summary>
    protected override IReadOnlyDictionary<string, string?> EnvironmentOverrides => new Dictionary<string, string?>
    {
        ["RRS_SOURCE_MAPPINGS_JSON"] =
            """[{"tenant_id":"tenant-acme","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com"},{"tenant_id":"tenant-acme","instance_id":"sn-dev-02","source":"sn://acme-dev.service-now.com"}]""",
    };

    [SetUp]
    public async Task PrepareScope()
    {
        Api = new JobsApi(Client, Database, Factory.Clock);
        await JobsApi.SeedFreshIndexAsync(Database, DemoScope, RestoreApiFactory.Now);
    }
}
