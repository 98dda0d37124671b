using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Common.Scoping;
using Rezilient.Restore.Application.Jobs.Common;
using Rezilient.Restore.Application.Jobs.Parsing;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Commands.CompleteJob;

/// <summary>
/// <c>POST /v1/jobs/{job_id}/complete</c> (spec 04 §2.4, T3 of spec 08 B7). The scoped lookup runs before the body is
/// read (spec 01 §2 consequence 3), so the body is validated here rather than by the validation behavior.
/// </summary>
public sealed record CompleteJob(string JobId) : IRestoreCommand<JsonObject>;

public sealed class CompleteJobHandler(
    IRequestContext requestContext,
    IRequestBodyReader body,
    IJobQueueStore queue,
    IRestoreDbContext db,
    TimeProvider clock) : ICommandHandler<CompleteJob, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CompleteJob command, CancellationToken cancellationToken)
    {
        // K-2: missing and out-of-scope jobs are indistinguishable, and nothing about the body is known yet.
        var visible = await db.Jobs.AsNoTracking().WithinScope(requestContext.Scope!)
            .SingleOrDefaultAsync(j => j.JobId == command.JobId, cancellationToken);
        if (visible is null)
        {
            return RestoreError.NotFoundInScope;
        }

        var read = await body.ReadJsonAsync(cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var parsed = CompleteJobRequestParser.Parse(read.Value.Root);
        if (!parsed.IsValid)
        {
            return RestoreError.InvalidRequest(parsed.Issue);
        }

        var now = clock.GetUtcNow().TruncateToMilliseconds();
        await queue.LockScopeAsync(visible.TenantId, visible.InstanceId, cancellationToken);
        var job = await queue.LockJobAsync(command.JobId, cancellationToken);
        if (job is null)
        {
            return JobErrors.JobGone;
        }

        if (JobStatus.IsTerminal(job.Status))
        {
            return JobErrors.AlreadyTerminal;
        }

        var outcome = await JobCompletion.CompleteAsync(db, queue, job, parsed.Request.Status, parsed.Request.ReasonCode, now,
            cancellationToken);
        return Result<JsonObject>.Ok(new JsonObject
        {
            ["job"] = JobJson.Record(job, null),
            ["promoted_job_ids"] = new JsonArray([.. outcome.PromotedJobIds.Select(id => (JsonNode)id)]),
        });
    }
}
