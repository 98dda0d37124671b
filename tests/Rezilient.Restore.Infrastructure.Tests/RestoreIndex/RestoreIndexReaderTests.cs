using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Application.Plans.Common;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.RestoreIndex;

/// <summary>Query Q1 (spec 08 A3.1) against both shapes of <c>partition_watermarks</c> (A2.8) and its failures.</summary>
public sealed class RestoreIndexReaderTests
{
    private static readonly RequestScope Scope = new("t", "i", "sn://s");

    private static IRestoreIndexReader Reader(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddInfrastructure(new RestoreServiceSettings
        {
            AdminToken = "x",
            AuthSigningKey = "x",
            RestorePgUrl = connectionString,
            EvidenceSigningPrivateKeyPem = "x",
            EvidenceSigningPublicKeyPem = "x",
            SourceMappingMode = SourceMappingMode.Static,
        });
        return services.BuildServiceProvider().GetRequiredService<IRestoreIndexReader>();
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task Rows_of_the_migration_shape_are_read_canonically_and_missing_partitions_are_absent()
    {
        var database = InfrastructureTestDatabase.Database;
        await database.ResetAsync();
        await ExecuteAsync(database,
            """
            INSERT INTO rez_restore_index.partition_watermarks VALUES
              ('t','i','sn://s','rez.cdc',0,'gen-1',42,'2026-02-16T11:59:00.123456Z','2026-02-16T00:00:00Z',
               '2026-02-16T11:59:00.999999Z','stale','blocked','whatever','2026-01-01T00:00:00Z'),
              ('t','i','sn://other','rez.cdc',1,'gen-1',1,'2026-02-16T11:59:00Z','2026-02-16T00:00:00Z',
               '2026-02-16T11:59:00Z','fresh','executable','none','2026-01-01T00:00:00Z')
            """);

        var result = await Reader(database.ConnectionString).ReadAsync(Scope,
            [new PartitionKey("rez.cdc", 0), new PartitionKey("rez.cdc", 1), new PartitionKey("rez.cdc", 5_000_000_000)],
            default);

        Assert.That(result.FailureMessage, Is.Null);
        Assert.That(result.Rows!.Keys, Is.EquivalentTo(new[] { new PartitionKey("rez.cdc", 0) }),
            "another source's row counts as no row; a partition beyond INTEGER cannot exist");
        var row = result.Rows[new PartitionKey("rez.cdc", 0)];
        Assert.That(row.IndexedThroughOffset, Is.EqualTo("42"));
        Assert.That(row.IndexedThroughTime, Is.EqualTo(DateTimeOffset.Parse("2026-02-16T11:59:00.123Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(row.CoverageEnd.Millisecond, Is.EqualTo(999), "truncated, never rounded");
    }

    [Test]
    public async Task Text_offsets_of_an_indexer_created_table_are_canonicalised()
    {
        var database = await TestDatabase.CreateAsync("rrs_test_index_text_offsets", migrate: false);
        await ExecuteAsync(database,
            """
            CREATE SCHEMA rez_restore_index;
            CREATE TABLE rez_restore_index.partition_watermarks (
              tenant_id TEXT, instance_id TEXT, source TEXT, topic TEXT, kafka_partition INTEGER, generation_id TEXT,
              indexed_through_offset TEXT, indexed_through_time TIMESTAMPTZ, coverage_start TIMESTAMPTZ,
              coverage_end TIMESTAMPTZ, freshness TEXT, executability TEXT, reason_code TEXT, measured_at TIMESTAMPTZ,
              updated_at TIMESTAMPTZ);
            INSERT INTO rez_restore_index.partition_watermarks VALUES
              ('t','i','sn://s','rez.cdc',3,'g','000000987654321098765432109876543210','2026-02-16T11:59:00Z',
               '2026-02-16T00:00:00Z','2026-02-16T11:59:00Z','fresh','executable','none',now(),now());
            """);

        var result = await Reader(database.ConnectionString).ReadAsync(Scope, [new PartitionKey("rez.cdc", 3)], default);

        Assert.That(result.Rows![new PartitionKey("rez.cdc", 3)].IndexedThroughOffset,
            Is.EqualTo("987654321098765432109876543210"));
    }

    [Test]
    public async Task A_missing_table_is_a_reported_failure_not_an_exception()
    {
        var database = await TestDatabase.CreateAsync("rrs_test_index_missing", migrate: false);

        var result = await Reader(database.ConnectionString).ReadAsync(Scope, [new PartitionKey("rez.cdc", 0)], default);

        Assert.That(result.FailureMessage, Does.StartWith("authoritative restore index read failed: "));
    }

    [TestCase("infinity")]
    [TestCase("-infinity")]
    [TestCase("12026-02-16T00:00:00Z")]
    public async Task An_unrepresentable_stored_time_is_a_failure(string indexedThroughTime)
    {
        var database = await TestDatabase.CreateAsync("rrs_test_index_unrepresentable", migrate: true);
        await ExecuteAsync(database,
            $"""
            INSERT INTO rez_restore_index.partition_watermarks VALUES
              ('t','i','sn://s','rez.cdc',0,'g',1,'{indexedThroughTime}','2026-02-16T00:00:00Z','2026-02-16T00:00:00Z',
               'fresh','executable','none','2026-01-01T00:00:00Z')
            """);

        var result = await Reader(database.ConnectionString).ReadAsync(Scope, [new PartitionKey("rez.cdc", 0)], default);

        Assert.That(result.FailureMessage, Does.StartWith("authoritative restore index read failed: "));
    }

    [Test]
    public async Task No_partitions_means_no_query()
    {
        var result = await Reader("Host=127.0.0.1;Port=1").ReadAsync(Scope, [], default);

        Assert.That(result.Rows, Is.Empty, "an unreachable server is never asked");
    }
}
