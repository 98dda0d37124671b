using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.Persistence;

/// <summary>Spec 08 A4.4: the roles and grants scripts, applied with psql as operators do, give the target matrix.</summary>
[NonParallelizable]
public sealed class GrantsTests
{
    private static TestDatabase Database => InfrastructureTestDatabase.Database;

    private static string Script(string name) => Path.Combine(SharedPaths.RepositoryRoot, "migrations", "sql", name);

    [OneTimeSetUp]
    public async Task ApplyRolesAndGrantsTwice()
    {
        var passwords = new Dictionary<string, string>
        {
            ["indexer_password"] = "rez_restore_indexer_dev",
            ["service_ro_password"] = "rez_restore_service_dev",
            ["service_rw_password"] = "rez_restore_service_dev",
        };
        var grants = new Dictionary<string, string> { ["database_name"] = Database.Name };
        foreach (var run in new[] { 1, 2 })
        {
            var roles = await Psql.RunFileAsync(Database.ConnectionString, Script("roles.sql"), passwords);
            Assert.That(roles.ExitCode, Is.Zero, $"roles.sql run {run}: {roles.Output}");
            var granted = await Psql.RunFileAsync(Database.ConnectionString, Script("grants.sql"), grants);
            Assert.That(granted.ExitCode, Is.Zero, $"grants.sql run {run}: {granted.Output}");
        }
    }

    private static Task<bool> Has(string role, string table, string privilege) =>
        Database.ScalarAsync<bool>("SELECT has_table_privilege($1, $2, $3)", role, $"rez_restore_index.{table}", privilege);

    [Test]
    public async Task The_service_role_reads_watermarks_but_never_writes_the_index_plane()
    {
        Assert.That(await Has("rez_restore_service_rw", "partition_watermarks", "SELECT"), Is.True);
        Assert.That(await Has("rez_restore_service_rw", "partition_watermarks", "INSERT"), Is.False);
        Assert.That(await Has("rez_restore_service_rw", "index_events", "SELECT"), Is.False);
    }

    [TestCase("restore_jobs")]
    [TestCase("restore_request_audit")]
    [TestCase("restore_admin_settings")]
    public async Task The_service_role_writes_service_plane_tables_including_migrated_ones(string table)
    {
        Assert.That(await Has("rez_restore_service_rw", table, "INSERT"), Is.True);
        Assert.That(await Has("rez_restore_service_rw", table, "DELETE"), Is.True);
        Assert.That(await Has("rez_restore_indexer_rw", table, "SELECT"), Is.False);
    }

    [Test]
    public async Task The_read_only_role_reads_and_never_inserts()
    {
        Assert.That(await Has("rez_restore_service_ro", "restore_jobs", "SELECT"), Is.True);
        Assert.That(await Has("rez_restore_service_ro", "restore_jobs", "INSERT"), Is.False);
        Assert.That(await Has("rez_restore_service_ro", "partition_watermarks", "INSERT"), Is.False);
    }

    [Test]
    public async Task Runtime_roles_cannot_change_the_schema()
    {
        Assert.That(await Database.ScalarAsync<bool>(
            "SELECT has_schema_privilege('rez_restore_service_rw', 'rez_restore_index', 'CREATE')"), Is.False);
        Assert.That(await Database.ScalarAsync<bool>(
            "SELECT has_database_privilege('rez_restore_service_rw', current_database(), 'CREATE')"), Is.False);
    }
}
