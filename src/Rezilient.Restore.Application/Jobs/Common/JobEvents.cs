using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>
/// Appends a legacy job event and its cross-service twin (same <c>event_id</c>) to the unit (spec 04 §5, §6; X-1):
/// both commit with the status change or not at all (I-5). Event ids are time-ordered (J11).
/// </summary>
public static class JobEvents
{
    public static void Append(
        IRestoreDbContext db, RestoreJob job, string eventType, string reasonCode, JsonObject details, DateTimeOffset now)
    {
        var eventId = EventIds.New(now);
        var payload = details.ToJsonString();
        db.JobEvents.Add(new JobEvent
        {
            PublicEventId = eventId,
            JobId = job.JobId,
            EventType = eventType,
            ReasonCode = reasonCode,
            Payload = payload,
            CreatedAt = now,
        });

        var twin = CrossServiceEvent.FromLegacy(
            new LegacyEventSnapshot(eventId, eventType, reasonCode, now.ToWireString(), JsonNode.Parse(payload)!.AsObject()),
            new JobAuditContext(job.TenantId, job.InstanceId, job.Source, job.PlanId, job.PlanHash, job.JobId));
        db.AuditEvents.Add(new AuditEvent
        {
            Service = twin["service"]!.GetValue<string>(),
            EventId = eventId,
            ContractVersion = twin["contract_version"]!.GetValue<string>(),
            SchemaVersion = twin["schema_version"]!.GetValue<string>(),
            OccurredAt = now,
            Lifecycle = twin["lifecycle"]!.GetValue<string>(),
            Action = twin["action"]!.GetValue<string>(),
            Outcome = twin["outcome"]!.GetValue<string>(),
            TenantId = job.TenantId,
            InstanceId = job.InstanceId,
            Source = job.Source,
            PlanId = job.PlanId,
            PlanHash = twin["plan_hash"]!.GetValue<string>(),
            JobId = job.JobId,
            ReasonCode = twin["reason_code"]?.GetValue<string>(),
            Metadata = twin["metadata"]!.ToJsonString(),
        });
    }
}
