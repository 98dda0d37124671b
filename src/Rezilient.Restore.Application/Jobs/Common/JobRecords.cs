using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>Reads a job record as the API shows it, with its live queue position (decision J3).</summary>
public static class JobRecords
{
    public static async Task<JsonObject> ReadAsync(IRestoreDbContext db, string jobId, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.JobId == jobId, cancellationToken);
        return new JsonObject { ["job"] = JobJson.Record(job, await LivePositionAsync(db, job, cancellationToken)) };
    }

    /// <summary>1-based place among the queued jobs of the job's (tenant, instance), in FIFO order; null unless queued.</summary>
    public static async Task<int?> LivePositionAsync(IRestoreDbContext db, RestoreJob job, CancellationToken cancellationToken) =>
        job.Status != JobStatus.Queued || job.QueueSeq is not { } seq
            ? null
            : await db.Jobs.CountAsync(
                j => j.TenantId == job.TenantId && j.InstanceId == job.InstanceId && j.Status == JobStatus.Queued
                     && j.QueueSeq <= seq,
                cancellationToken);
}
