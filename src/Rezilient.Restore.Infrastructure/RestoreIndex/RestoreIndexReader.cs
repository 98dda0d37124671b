using System.Globalization;
using System.Numerics;
using Npgsql;
using Rezilient.Restore.Application.Plans.Common;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.RestoreIndex;

/// <summary>
/// Query Q1 of spec 08 A3.1 on its own pooled connection (autocommit, no locks, outside the command's transaction).
/// Offsets are read as text so the query works whether the indexer made the column BIGINT or TEXT (A2.8.1);
/// times are truncated to milliseconds; the stored freshness columns are never read.
/// </summary>
internal sealed class RestoreIndexReader(NpgsqlDataSource dataSource) : IRestoreIndexReader
{
    private const string Sql =
        """
        SELECT w.topic, w.kafka_partition, w.generation_id, w.indexed_through_offset::text,
               w.indexed_through_time, w.coverage_start, w.coverage_end
        FROM rez_restore_index.partition_watermarks w
        JOIN unnest(@topics, @partitions) AS requested(topic, kafka_partition)
          ON w.topic = requested.topic AND w.kafka_partition = requested.kafka_partition
        WHERE w.tenant_id = @tenant_id AND w.instance_id = @instance_id AND w.source = @source
        """;

    public async Task<IndexReadResult> ReadAsync(
        RequestScope scope, IReadOnlyList<PartitionKey> partitions, CancellationToken cancellationToken)
    {
        // Partitions beyond the INTEGER column's range cannot have a row: they stay "unknown".
        var requested = partitions.Where(p => p.Partition <= int.MaxValue).Distinct().ToList();
        var rows = new Dictionary<PartitionKey, IndexedPartition>();
        if (requested.Count == 0)
        {
            return IndexReadResult.Found(rows);
        }

        try
        {
            await using var command = dataSource.CreateCommand(Sql);
            command.Parameters.AddWithValue("topics", requested.Select(p => p.Topic).ToArray());
            command.Parameters.AddWithValue("partitions", requested.Select(p => (int)p.Partition).ToArray());
            command.Parameters.AddWithValue("tenant_id", scope.TenantId);
            command.Parameters.AddWithValue("instance_id", scope.InstanceId);
            command.Parameters.AddWithValue("source", scope.Source);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new PartitionKey(reader.GetString(0), reader.GetInt32(1));
                rows[key] = new IndexedPartition(
                    key.Topic,
                    key.Partition,
                    reader.GetString(2),
                    CanonicalOffset(reader.GetString(3)),
                    Instant(reader.GetFieldValue<DateTimeOffset>(4)),
                    Instant(reader.GetFieldValue<DateTimeOffset>(5)),
                    Instant(reader.GetFieldValue<DateTimeOffset>(6)));
            }

            return IndexReadResult.Found(rows);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure fails closed (spec 03 §7.4): connection, missing table or privilege, an unreadable value.
            return IndexReadResult.Failed($"authoritative restore index read failed: {ex.Message}");
        }
    }

    /// <summary>Canonical decimal string (spec 08 A3.3 #2); a negative or non-integer stored offset is an error.</summary>
    private static string CanonicalOffset(string stored)
    {
        var text = stored.Trim();
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            throw new FormatException($"indexed_through_offset '{stored}' is not a non-negative integer");
        }

        return BigInteger.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Millisecond precision, and representable in the wire form. Npgsql reads <c>infinity</c> as the extreme values;
    /// those (and anything outside years 0001–9999, which fails earlier) are unreadable, never "far in the future".
    /// </summary>
    private static DateTimeOffset Instant(DateTimeOffset value) =>
        value == DateTimeOffset.MaxValue || value == DateTimeOffset.MinValue
            ? throw new FormatException("a stored timestamp is not a finite instant")
            : value.TruncateToMilliseconds();
}
