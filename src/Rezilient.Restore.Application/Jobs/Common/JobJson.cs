using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>
/// Wire shapes of the job area (spec 04 §1.2, §1.5, §6.2): members in the spec's order, documented-nullable members
/// always present (possibly null), approval optional members absent when NULL (spec 08 A7).
/// </summary>
public static class JobJson
{
    /// <param name="livePosition">The job's current 1-based place among its scope's queued jobs (decision J3); null unless queued.</param>
    public static JsonObject Record(RestoreJob job, int? livePosition) => new()
    {
        ["contract_version"] = job.ContractVersion,
        ["job_id"] = job.JobId,
        ["tenant_id"] = job.TenantId,
        ["instance_id"] = job.InstanceId,
        ["source"] = job.Source,
        ["plan_id"] = job.PlanId,
        ["plan_hash"] = job.PlanHash,
        ["status"] = job.Status,
        ["status_reason_code"] = job.StatusReasonCode,
        ["lock_scope_tables"] = Strings(job.LockScopeTables),
        ["required_capabilities"] = Strings(job.RequiredCapabilities),
        ["requested_by"] = job.RequestedBy,
        ["requested_at"] = job.RequestedAt.ToWireString(),
        ["approval"] = Approval(job.Approval),
        ["metadata_allowlist_version"] = job.MetadataAllowlistVersion,
        ["queue_position"] = livePosition,
        ["wait_reason_code"] = job.WaitReasonCode,
        ["wait_tables"] = Strings(job.WaitTables),
        ["started_at"] = job.StartedAt?.ToWireString(),
        ["completed_at"] = job.CompletedAt?.ToWireString(),
        ["updated_at"] = job.UpdatedAt.ToWireString(),
    };

    public static JsonObject Approval(ApprovalRecord a)
    {
        var json = new JsonObject
        {
            ["approval_required"] = a.ApprovalRequired,
            ["approval_state"] = a.ApprovalState,
        };
        Optional(json, "approval_policy_id", a.ApprovalPolicyId);
        Optional(json, "approval_requested_at", a.ApprovalRequestedAt);
        Optional(json, "approval_requested_by", a.ApprovalRequestedBy);
        Optional(json, "approval_decided_at", a.ApprovalDecidedAt);
        Optional(json, "approval_decided_by", a.ApprovalDecidedBy);
        Optional(json, "approval_decision", a.ApprovalDecision);
        Optional(json, "approval_decision_reason", a.ApprovalDecisionReason);
        Optional(json, "approval_external_ref", a.ApprovalExternalRef);
        Optional(json, "approval_snapshot_hash", a.ApprovalSnapshotHash);
        Optional(json, "approval_valid_until", a.ApprovalValidUntil);
        Optional(json, "approval_revalidated_at", a.ApprovalRevalidatedAt);
        Optional(json, "approval_revalidation_result", a.ApprovalRevalidationResult);
        json["approval_placeholder_mode"] = a.ApprovalPlaceholderMode;
        return json;
    }

    public static JsonObject LegacyEvent(JobEvent e) => new()
    {
        ["event_id"] = e.PublicEventId,
        ["event_type"] = e.EventType,
        ["job_id"] = e.JobId,
        ["reason_code"] = e.ReasonCode,
        ["created_at"] = e.CreatedAt.ToWireString(),
        ["details"] = JsonNode.Parse(e.Payload),
    };

    /// <summary>A stored cross-service event in the §6.2 member order (metadata ends with <c>legacy_event_type</c>).</summary>
    public static JsonObject CrossServiceEvent(AuditEvent e)
    {
        var json = new JsonObject
        {
            ["contract_version"] = e.ContractVersion,
            ["schema_version"] = e.SchemaVersion,
            ["event_id"] = e.EventId,
            ["occurred_at"] = e.OccurredAt.ToWireString(),
            ["service"] = e.Service,
            ["lifecycle"] = e.Lifecycle,
            ["action"] = e.Action,
            ["outcome"] = e.Outcome,
        };
        Optional(json, "tenant_id", e.TenantId);
        Optional(json, "instance_id", e.InstanceId);
        Optional(json, "source", e.Source);
        Optional(json, "plan_id", e.PlanId);
        Optional(json, "plan_hash", e.PlanHash);
        Optional(json, "job_id", e.JobId);
        Optional(json, "reason_code", e.ReasonCode);
        json["metadata"] = MetadataWithLegacyTypeLast(e.Metadata);
        return json;
    }

    private static JsonObject MetadataWithLegacyTypeLast(string metadataJson)
    {
        // JSONB does not keep member order; the contract lists legacy details first, then legacy_event_type.
        var stored = JsonNode.Parse(metadataJson)!.AsObject();
        var ordered = new JsonObject();
        foreach (var (name, value) in stored.Where(m => m.Key != "legacy_event_type").ToList())
        {
            ordered[name] = value?.DeepClone();
        }

        ordered["legacy_event_type"] = stored["legacy_event_type"]?.DeepClone();
        return ordered;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static void Optional(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
