using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Common.Scoping;
using Rezilient.Restore.Application.Jobs.Common;

namespace Rezilient.Restore.Application.Jobs.Queries.GetJob;

/// <summary><c>GET /v1/jobs/{job_id}</c> (spec 04 §2.3): the current record, read from the database (DB-8).</summary>
public sealed record GetJob(string JobId) : IRestoreQuery<JsonObject>;

public sealed class GetJobHandler(IRequestContext requestContext, IRestoreDbContext db)
    : IQueryHandler<GetJob, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(GetJob query, CancellationToken cancellationToken)
    {
        var found = await JobRecords.ReadAsync(db, db.Jobs.WithinScope(requestContext.Scope!), query.JobId, cancellationToken);
        return found is null
            ? RestoreError.NotFoundInScope
            : Result<JsonObject>.Ok(new JsonObject { ["job"] = JobJson.Record(found.Job, found.QueuePosition) });
    }
}
