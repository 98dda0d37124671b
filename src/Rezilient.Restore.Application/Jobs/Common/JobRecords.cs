using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>Reads a job together with its live queue position (decision J3), in one statement and so one snapshot.</summary>
public static class JobRecords
{
    public sealed record Positioned(RestoreJob Job, int? QueuePosition);

    /// <summary>
    /// The job from <paramref name="jobs"/> (already filtered, e.g. to the token's scope) with its 1-based place among the
    /// queued jobs of its (tenant, instance) in FIFO order; null unless queued. A promotion committing in between cannot
    /// produce "queued" with a stale or zero position, because both come from the same statement.
    /// </summary>
    public static Task<Positioned?> ReadAsync(
        IRestoreDbContext db, IQueryable<RestoreJob> jobs, string jobId, CancellationToken cancellationToken) =>
        jobs.AsNoTracking()
            .Where(j => j.JobId == jobId)
            .Select(j => new Positioned(
                j,
                j.Status == JobStatus.Queued
                    ? db.Jobs.Count(q => q.TenantId == j.TenantId && q.InstanceId == j.InstanceId
                                         && q.Status == JobStatus.Queued && q.QueueSeq <= j.QueueSeq)
                    : null))
            .SingleOrDefaultAsync(cancellationToken);
}
