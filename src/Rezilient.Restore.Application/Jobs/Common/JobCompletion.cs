using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>
/// Ends a job and promotes the queue (spec 04 K-R3..K-R7, spec 08 T3 / B8.4). Runs with the scope's row lock and the
/// job's row lock held; the execute area's completion (T8b) reuses it. Every write uses the one clock reading.
/// </summary>
public static class JobCompletion
{
    public sealed record Outcome(bool ReleasedLocks, IReadOnlyList<string> PromotedJobIds);

    public static async Task<Outcome> CompleteAsync(
        IRestoreDbContext db, IJobQueueStore queue, RestoreJob job, string status, string reasonCode, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        job.Status = status;
        job.StatusReasonCode = reasonCode;
        job.QueuePosition = null;
        job.WaitReasonCode = null;
        job.WaitTables = [];
        job.CompletedAt = now;
        job.UpdatedAt = now;
        job.QueueSeq = null;
        job.RunSeq = null;

        // K-R4: a holder releases its tables; a queued job just leaves the queue. Lock rows are kept as history.
        var live = await db.JobLocks.Where(l => l.JobId == job.JobId && l.ReleasedAt == null).ToListAsync(cancellationToken);
        var releasedLocks = live.Any(l => l.LockState == JobLock.Running);
        foreach (var row in live)
        {
            row.ReleasedAt = now;
        }

        JobEvents.Append(db, job, JobEventType.ForCompletion(status), reasonCode, LegacyEventDetails.Terminal(releasedLocks), now);
        await db.SaveChangesAsync(cancellationToken);

        var promoted = await PromoteAsync(db, queue, job.TenantId, job.InstanceId, now, cancellationToken);
        return new Outcome(releasedLocks, promoted);
    }

    /// <summary>One ordered pass over the scope's queue (decision J8): promoted jobs in promotion order.</summary>
    private static async Task<IReadOnlyList<string>> PromoteAsync(
        IRestoreDbContext db, IJobQueueStore queue, string tenantId, string instanceId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var held = await queue.HeldTablesAsync(tenantId, instanceId, cancellationToken);
        var queued = await queue.LockQueuedJobsAsync(tenantId, instanceId, cancellationToken);
        var promoted = LockQueuePolicy.Promote(held, [.. queued.Select(j => new LockQueueEntry(j.JobId, j.LockScopeTables))]);
        foreach (var entry in promoted)
        {
            var job = queued.Single(j => j.JobId == entry.JobId);
            job.Status = JobStatus.Running;
            job.StatusReasonCode = ReasonCodes.None;
            job.QueuePosition = null;
            job.WaitReasonCode = null;
            job.WaitTables = [];
            job.StartedAt = now;
            job.UpdatedAt = now;
            job.QueueSeq = null;
            job.RunSeq = await queue.NextOrderAsync(cancellationToken);
            var rows = await db.JobLocks.Where(l => l.JobId == job.JobId && l.ReleasedAt == null).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                row.LockState = JobLock.Running;
                row.ReasonCode = ReasonCodes.None;
                row.AcquiredAt = now;
            }

            JobEvents.Append(db, job, JobEventType.JobStarted, ReasonCodes.None, LegacyEventDetails.Promoted(), now);
        }

        return [.. promoted.Select(p => p.JobId)];
    }
}
