namespace Rezilient.Restore.Domain.Plans;

/// <summary>A (topic, partition) whose freshness is checked (spec 03 §7.1).</summary>
public sealed record PartitionKey(string Topic, long Partition);

/// <summary>
/// One row of <c>rez_restore_index.partition_watermarks</c> as read (spec 08 A3.1): times already truncated to
/// milliseconds, the offset already a canonical decimal string.
/// </summary>
public sealed record IndexedPartition(
    string Topic,
    long Partition,
    string GenerationId,
    string IndexedThroughOffset,
    DateTimeOffset IndexedThroughTime,
    DateTimeOffset CoverageStart,
    DateTimeOffset CoverageEnd);

/// <summary>An authoritative watermark as returned (spec 03 §7.3); times in the wire form.</summary>
public sealed record AuthoritativeWatermark(
    string TenantId,
    string InstanceId,
    string Source,
    string Topic,
    long Partition,
    string GenerationId,
    string IndexedThroughOffset,
    string IndexedThroughTime,
    string CoverageStart,
    string CoverageEnd,
    string Freshness,
    string Executability,
    string ReasonCode,
    string MeasuredAt)
{
    public string ContractVersion => PlanContract.ContractVersion;
}

/// <summary>Action counts (spec 03 §8).</summary>
public sealed record ActionCounts(
    int Update, int Insert, int Delete, int Skip, int Conflict, int AttachmentApply, int AttachmentSkip);

/// <summary>The executability gate (spec 03 §11); all five counts are always reported.</summary>
public sealed record DryRunGate(
    string Executability,
    string ReasonCode,
    int UnresolvedDeleteCandidates,
    int UnresolvedMediaCandidates,
    int UnresolvedHardBlockConflicts,
    int StalePartitionCount,
    int UnknownPartitionCount);

/// <summary>One version of a record offered for point-in-time resolution (spec 03 §5.10).</summary>
public sealed record PitVersion(string SysUpdatedOn, long? SysModCount, string EventTime, string EventId);

/// <summary>A PIT candidate (spec 03 §5.10); not linked to rows and not hashed.</summary>
public sealed record PitCandidate(string RowId, string Table, string RecordSysId, IReadOnlyList<PitVersion> Versions);

/// <summary>The winning version of a PIT candidate (spec 03 §12).</summary>
public sealed record PitResolution(
    string RowId,
    string Table,
    string RecordSysId,
    string WinningEventId,
    string WinningSysUpdatedOn,
    long? WinningSysModCount,
    string WinningEventTime);
