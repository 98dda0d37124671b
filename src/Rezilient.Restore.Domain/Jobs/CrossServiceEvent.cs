using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>The cross-service audit twin (<c>audit.contracts.v1</c>) of a legacy job event (spec 04 §6).</summary>
public static class CrossServiceEvent
{
    public const string ContractVersion = "audit.contracts.v1";
    public const string SchemaVersion = "audit.event.v1";
    public const string LegacyEventTypeKey = "legacy_event_type";

    /// <summary>Builds the twin with members in the order of spec 04 §6.2; <c>actor</c> and <c>correlation</c> are never emitted.</summary>
    public static JsonObject FromLegacy(LegacyEventSnapshot legacy, JobAuditContext job)
    {
        ArgumentNullException.ThrowIfNull(legacy);
        ArgumentNullException.ThrowIfNull(job);

        var (lifecycle, action, outcome) = Classify(legacy.EventType, legacy.Details);
        var twin = new JsonObject
        {
            ["contract_version"] = ContractVersion,
            ["schema_version"] = SchemaVersion,
            ["event_id"] = legacy.EventId,
            ["occurred_at"] = legacy.CreatedAt,
            ["service"] = ServiceScopes.Restore,
            ["lifecycle"] = lifecycle,
            ["action"] = action,
            ["outcome"] = outcome,
            ["tenant_id"] = job.TenantId,
            ["instance_id"] = job.InstanceId,
            ["source"] = job.Source,
            ["plan_id"] = job.PlanId,
            ["plan_hash"] = job.PlanHash.ToLowerInvariant(),
            ["job_id"] = job.JobId,
        };

        if (legacy.ReasonCode != ReasonCodes.None)
        {
            twin["reason_code"] = legacy.ReasonCode;
        }

        var metadata = new JsonObject();
        foreach (var (key, value) in legacy.Details)
        {
            metadata[key] = value?.DeepClone();
        }

        // Like the reference's object spread: appended last, or overwritten in place if details already had it.
        metadata[LegacyEventTypeKey] = legacy.EventType;
        twin["metadata"] = metadata;
        return twin;
    }

    /// <summary>The lifecycle / action / outcome of a legacy event (spec 04 §6.1).</summary>
    public static (string Lifecycle, string Action, string Outcome) Classify(string eventType, JsonObject details)
    {
        ArgumentNullException.ThrowIfNull(details);

        return eventType switch
        {
            JobEventType.JobCreated => ("plan", "job_created", "accepted"),
            JobEventType.JobQueued => ("execute", "queued_for_lock", "queued"),
            JobEventType.JobStarted when IsResume(details) => ("resume", "resumed", "started"),
            JobEventType.JobStarted => ("execute", "started", "started"),
            JobEventType.JobPaused => ("resume", "paused", "paused"),
            JobEventType.JobCompleted => ("execute", "completed", "completed"),
            JobEventType.JobFailed => ("execute", "failed", "failed"),
            JobEventType.JobCancelled => ("execute", "cancelled", "cancelled"),
            _ => throw new ArgumentException($"'{eventType}' is not a legacy job event type.", nameof(eventType)),
        };
    }

    // The reference tests `details.resumed_from_pause === true`: only the JSON literal true counts.
    private static bool IsResume(JsonObject details) =>
        details[LegacyEventDetails.ResumedFromPauseKey] is JsonValue value
        && value.TryGetValue<bool>(out var resumed)
        && resumed;
}
