using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Common.Scoping;
using Rezilient.Restore.Application.Jobs.Common;

namespace Rezilient.Restore.Application.Jobs.Queries.GetJobEvents;

/// <summary>
/// <c>GET /v1/jobs/{job_id}/events</c> (legacy, spec 04 §2.5) and <c>…/events/cross-service</c> (§2.6). Legacy
/// events come in creation-time order, ties broken by insertion order (J6); cross-service events in replay order
/// (occurred_at, service, event_id — ordinal; time-ordered ids make that the lifecycle order, J11).
/// </summary>
public sealed record GetJobEvents(string JobId, bool CrossService) : IRestoreQuery<JsonObject>;

public sealed class GetJobEventsHandler(IRequestContext requestContext, IRestoreDbContext db)
    : IQueryHandler<GetJobEvents, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(GetJobEvents query, CancellationToken cancellationToken)
    {
        var visible = await db.Jobs.AsNoTracking().WithinScope(requestContext.Scope!)
            .AnyAsync(j => j.JobId == query.JobId, cancellationToken);
        if (!visible)
        {
            return RestoreError.NotFoundInScope;
        }

        JsonNode[] events;
        if (query.CrossService)
        {
            var rows = await db.AuditEvents.AsNoTracking().Where(e => e.JobId == query.JobId).ToListAsync(cancellationToken);
            events = [.. rows
                .OrderBy(e => e.OccurredAt)
                .ThenBy(e => e.Service, StringComparer.Ordinal)
                .ThenBy(e => e.EventId, StringComparer.Ordinal)
                .Select(JobJson.CrossServiceEvent)];
        }
        else
        {
            var rows = await db.JobEvents.AsNoTracking().Where(e => e.JobId == query.JobId)
                .OrderBy(e => e.CreatedAt).ThenBy(e => e.Sequence)
                .ToListAsync(cancellationToken);
            events = [.. rows.Select(JobJson.LegacyEvent)];
        }

        return Result<JsonObject>.Ok(new JsonObject { ["events"] = new JsonArray(events) });
    }
}
