namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// One lock-queue row per (job, table) (<c>restore_job_locks</c>, spec 08 A5.4): <c>running</c> for holders,
/// <c>queued</c> while waiting; <c>released_at</c> is set when the job ends and the row is kept as history.
/// </summary>
public sealed class JobLock
{
    public const string Running = "running";
    public const string Queued = "queued";

    public long LockId { get; init; }

    public required string JobId { get; init; }

    public required string TenantId { get; init; }

    public required string InstanceId { get; init; }

    public required string TableName { get; init; }

    public required string LockState { get; set; }

    public required string ReasonCode { get; set; }

    public required DateTimeOffset AcquiredAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }
}
