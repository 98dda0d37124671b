using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rezilient.Restore.Migrations;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.Persistence;

/// <summary>Spec 08 B13 and decision D2: the migrations, the index-plane baseline and the exported SQL.</summary>
public sealed class MigrationTests
{
    private static readonly string[] PartATables =
    [
        "index_events", "partition_watermarks", "partition_generations", "source_coverage", "backfill_runs",
        "source_progress", "source_registry", "restore_plans", "restore_jobs", "restore_job_locks",
        "restore_job_events", "restore_execution_checkpoints", "restore_rollback_journal",
        "restore_rollback_sn_mirror", "rrs_state_snapshots",
    ];

    private static TestDatabase Database => InfrastructureTestDatabase.Database;

    [Test]
    public async Task Migrating_creates_every_part_a_table_and_the_service_tables()
    {
        await using var connection = await Database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'rez_restore_index'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.That(tables, Is.SupersetOf(PartATables));
        Assert.That(tables, Is.SupersetOf(new[] { "restore_request_audit", "restore_admin_settings", "restore_admin_failure_drills" }));
    }

    [Test]
    public async Task Part_a_keeps_the_running_lock_uniqueness_and_enum_types()
    {
        Assert.That(await Database.ScalarAsync<string>(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'rez_restore_index' AND indexname = 'ux_restore_job_running_locks'"),
            Does.Contain("UNIQUE").And.Contain("WHERE ((lock_state = 'running'::text) AND (released_at IS NULL))"));
        Assert.That(await Database.ScalarAsync<string>(
            "SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid " +
            "WHERE t.typname = 'backfill_status'"),
            Is.EqualTo("running,paused,completed,failed"));
    }

    [Test]
    public async Task Migrating_again_is_a_no_op()
    {
        await using var db = Database.CreateContext();

        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        await db.Database.MigrateAsync();
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.Not.Empty);
    }

    [Test]
    public void The_model_has_no_changes_without_a_migration()
    {
        using var db = Database.CreateContext();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "add a migration: dotnet run --project migrations/Rezilient.Restore.Migrations -- add <Name>");
    }

    [Test]
    public async Task The_exported_idempotent_script_is_up_to_date()
    {
        await using var db = Database.CreateContext();
        var exported = await File.ReadAllTextAsync(
            Path.Combine(SharedPaths.RepositoryRoot, "migrations", "sql", IdempotentScript.FileName));

        Assert.That(exported, Is.EqualTo(IdempotentScript.Generate(db)),
            "regenerate: dotnet run --project migrations/Rezilient.Restore.Migrations -- script");
    }

    [Test]
    public async Task The_exported_script_applies_twice_to_an_empty_database()
    {
        var empty = await TestDatabase.CreateAsync("rrs_test_idempotent_script", migrate: false);
        var script = Path.Combine(SharedPaths.RepositoryRoot, "migrations", "sql", IdempotentScript.FileName);

        foreach (var run in new[] { 1, 2 })
        {
            var (exitCode, output) = await Psql.RunFileAsync(empty.ConnectionString, script, new Dictionary<string, string>());
            Assert.That(exitCode, Is.Zero, $"run {run}: {output}");
        }

        Assert.That(await empty.ScalarAsync<long>(
            "SELECT count(*) FROM rez_restore_index.\"__EFMigrationsHistory\""), Is.GreaterThan(0));
    }

    [Test]
    public async Task Migrations_apply_over_tables_the_indexer_created_in_its_own_shape()
    {
        // Spec 08 A2.8: the indexer may create partition_watermarks first, with TEXT offsets and no constraints.
        var database = await TestDatabase.CreateAsync("rrs_test_indexer_first", migrate: false);
        await using (var connection = await database.OpenConnectionAsync())
        await using (var command = new NpgsqlCommand(
            """
            CREATE SCHEMA rez_restore_index;
            CREATE TABLE rez_restore_index.partition_watermarks (
              tenant_id TEXT, instance_id TEXT, source TEXT, topic TEXT, kafka_partition INTEGER, generation_id TEXT,
              indexed_through_offset TEXT, indexed_through_time TIMESTAMPTZ, coverage_start TIMESTAMPTZ,
              coverage_end TIMESTAMPTZ, freshness TEXT, executability TEXT, reason_code TEXT, measured_at TIMESTAMPTZ,
              updated_at TIMESTAMPTZ);
            CREATE UNIQUE INDEX ux_partition_watermarks_scope
              ON rez_restore_index.partition_watermarks (tenant_id, instance_id, topic, kafka_partition);
            """, connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.That(await database.ScalarAsync<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = 'rez_restore_index' " +
            "AND table_name = 'partition_watermarks' AND column_name = 'indexed_through_offset'"),
            Is.EqualTo("text"), "the indexer's table is left as it is");
    }
}
