using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>
/// The lock-queue primitives of spec 08 B8 that need explicit row locks; every call runs inside the command's unit
/// (the first one begins its transaction). Decisions are the use cases' and <see cref="LockQueuePolicy"/>'s.
/// </summary>
public interface IJobQueueStore
{
    /// <summary>
    /// Ensures the scope's <c>source_registry</c> row (updating its source if the mapping changed, B7.3) and takes its
    /// row lock (FOR NO KEY UPDATE) for the rest of the unit: lock-queue changes of one scope never overlap (B8.1).
    /// </summary>
    Task EnsureAndLockScopeAsync(string tenantId, string instanceId, string source, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the row lock of an existing scope (completion, T3): the registry's source is only ever updated from a
    /// freshly validated mapping (B7.3), never from a job's stored source.
    /// </summary>
    Task LockScopeAsync(string tenantId, string instanceId, CancellationToken cancellationToken);

    /// <summary>Tables of the scope's live running locks (holders: running and paused jobs).</summary>
    Task<IReadOnlySet<string>> HeldTablesAsync(string tenantId, string instanceId, CancellationToken cancellationToken);

    /// <summary>The scope's queued jobs in FIFO (<c>queue_seq</c>) order, row-locked and tracked.</summary>
    Task<IReadOnlyList<RestoreJob>> LockQueuedJobsAsync(string tenantId, string instanceId, CancellationToken cancellationToken);

    /// <summary>The job, row-locked (FOR UPDATE) and tracked; null when it does not exist.</summary>
    Task<RestoreJob?> LockJobAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The next value of <c>restore_job_order_seq</c> (queue and run order, B4).</summary>
    Task<long> NextOrderAsync(CancellationToken cancellationToken);

    /// <summary>Inserts the job-side plan metadata unless a row for its plan_id exists (first-seen, never updated).</summary>
    Task EnsurePlanMetadataAsync(PlanMetadata plan, CancellationToken cancellationToken);
}
