using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>The caller's approval object, validated and echoed, never enforced (spec 03 §5.11, decision J7).</summary>
internal static class ApprovalParser
{
    // Spec 03 §5.11 validation order.
    private static readonly string[] Members =
    [
        "approval_required", "approval_state", "approval_policy_id", "approval_requested_at", "approval_requested_by",
        "approval_decided_at", "approval_decided_by", "approval_decision", "approval_decision_reason",
        "approval_external_ref", "approval_snapshot_hash", "approval_valid_until", "approval_revalidated_at",
        "approval_revalidation_result", "approval_placeholder_mode",
    ];

    public static JsonObject? Parse(JsonElement? value, ValidationIssues issues)
    {
        var approval = JsonObjectReader.Open(value, "approval", issues, Members);
        if (approval is null)
        {
            return null;
        }

        approval.Boolean("approval_required");
        approval.Option("approval_state", WireEnums.ApprovalStates);
        approval.String("approval_policy_id", required: false);
        approval.IsoDateTime("approval_requested_at", required: false);
        approval.String("approval_requested_by", required: false);
        approval.IsoDateTime("approval_decided_at", required: false);
        approval.String("approval_decided_by", required: false);
        approval.Option("approval_decision", WireEnums.ApprovalDecisions, required: false);
        approval.String("approval_decision_reason", required: false);
        approval.String("approval_external_ref", required: false);
        approval.Sha256Hex("approval_snapshot_hash", required: false);
        approval.IsoDateTime("approval_valid_until", required: false);
        approval.IsoDateTime("approval_revalidated_at", required: false);
        approval.Option("approval_revalidation_result", WireEnums.RevalidationResults, required: false);
        approval.Option("approval_placeholder_mode", ["mvp_not_enforced"]);
        approval.RejectUnknownMembers();
        return approval.Failed ? null : approval.Output;
    }
}
