using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Common.Scoping;
using Rezilient.Restore.Application.Plans.Common;

namespace Rezilient.Restore.Application.Plans.Queries.GetPlan;

/// <summary>
/// <c>GET /v1/plans/{plan_id}</c> (spec 03 §14.3): the stored record of the token's scope, identical to the creation
/// response; a plan of another scope answers exactly like a missing one. No mapping check, no index read.
/// </summary>
public sealed record GetPlan(string PlanId) : IRestoreQuery<JsonObject>;

public sealed class GetPlanHandler(IRequestContext requestContext, IRestoreDbContext db)
    : IQueryHandler<GetPlan, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(GetPlan query, CancellationToken cancellationToken)
    {
        if (requestContext.Scope is not { } scope)
        {
            return RestoreError.NotFoundInScope;
        }

        var recordJson = await db.DryRunPlans.AsNoTracking()
            .WithinScope(scope)
            .Where(p => p.PlanId == query.PlanId)
            .Select(p => p.RecordJson)
            .SingleOrDefaultAsync(cancellationToken);
        return recordJson is null
            ? RestoreError.NotFoundInScope
            : Result<JsonObject>.Ok(DryRunRecord.ResponseFrom(recordJson));
    }
}
