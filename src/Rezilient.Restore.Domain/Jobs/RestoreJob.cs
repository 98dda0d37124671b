using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// A restore job (<c>restore_jobs</c>, spec 08 A5.3 + B4). Lock and queue membership live in
/// <see cref="JobLock"/> rows written in the same transaction as every status change (spec 04 DB-4).
/// </summary>
public sealed class RestoreJob : IScopedRecord
{
    public required string JobId { get; init; }

    public string ContractVersion { get; init; } = Plans.PlanContract.ContractVersion;

    public required string TenantId { get; init; }

    public required string InstanceId { get; init; }

    public required string Source { get; init; }

    public required string PlanId { get; init; }

    public required string PlanHash { get; init; }

    public required string Status { get; set; }

    public required string StatusReasonCode { get; set; }

    public required string[] LockScopeTables { get; init; }

    public required string[] RequiredCapabilities { get; init; }

    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>Position among the scope's queued jobs at enqueue (the API reports a live value, decision J3).</summary>
    public int? QueuePosition { get; set; }

    public string? WaitReasonCode { get; set; }

    public string[] WaitTables { get; set; } = [];

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public ApprovalRecord Approval { get; init; } = new();

    public string MetadataAllowlistVersion { get; init; } = Plans.PlanContract.MetadataAllowlistVersion;

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Insertion order; tie-breaker for equal timestamps (spec 08 B4).</summary>
    public long JobSeq { get; init; }

    /// <summary>FIFO position while queued (from <c>restore_job_order_seq</c>); null otherwise.</summary>
    public long? QueueSeq { get; set; }

    /// <summary>Order in which the job acquired its running locks; null once terminal.</summary>
    public long? RunSeq { get; set; }
}
