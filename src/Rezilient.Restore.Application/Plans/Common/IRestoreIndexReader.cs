using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Plans.Common;

/// <summary>
/// Reads the authoritative watermarks of <c>rez_restore_index.partition_watermarks</c> (spec 08 A3.1, query Q1):
/// one autocommit read outside any service-plane transaction. A failure is reported, never thrown.
/// </summary>
public interface IRestoreIndexReader
{
    Task<IndexReadResult> ReadAsync(
        RequestScope scope, IReadOnlyList<PartitionKey> partitions, CancellationToken cancellationToken);
}

/// <summary>The rows found (keyed by partition; a missing key means "no row"), or why the read failed.</summary>
public sealed record IndexReadResult(IReadOnlyDictionary<PartitionKey, IndexedPartition>? Rows, string? FailureMessage)
{
    public static IndexReadResult Found(IReadOnlyDictionary<PartitionKey, IndexedPartition> rows) => new(rows, null);

    public static IndexReadResult Failed(string message) => new(null, message);
}
