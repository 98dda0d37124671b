using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Which partitions a dry-run checks for freshness (spec 03 §7.1): the rows' (trimmed topic, partition) pairs; only
/// when no row carries one, the request watermarks' pairs (topic as given). De-duplicated, then sorted by topic with
/// the restore collation and by partition number.
/// </summary>
public static class PartitionSelection
{
    public static IReadOnlyList<PartitionKey> Select(
        IEnumerable<(string? Topic, long? Partition)> rows, IEnumerable<(string Topic, long Partition)> requestWatermarks)
    {
        var fromRows = rows
            .Where(r => r.Topic is not null && r.Partition is not null && !EcmaScriptWhitespace.IsBlank(r.Topic))
            .Select(r => new PartitionKey(EcmaScriptWhitespace.Trim(r.Topic!), r.Partition!.Value))
            .Distinct()
            .ToList();
        var chosen = fromRows.Count > 0
            ? fromRows
            : requestWatermarks.Select(w => new PartitionKey(w.Topic, w.Partition)).Distinct().ToList();
        return chosen
            .OrderBy(p => p.Topic, RestoreCollation.Comparer)
            .ThenBy(p => p.Partition)
            .ToList();
    }
}
