using System.Text.Json.Nodes;

namespace Rezilient.Restore.Application.Jobs.Parsing;

/// <summary>
/// The approval metadata of a job (spec 04 §1.3): validated, stored and echoed exactly as sent, never enforced
/// (decision J7). Optional members the caller left out are null.
/// </summary>
public sealed record JobApproval
{
    /// <summary>What a job stores when the create request carries no approval (spec 04 §1.3).</summary>
    public static JobApproval Placeholder { get; } = new()
    {
        ApprovalRequired = false,
        ApprovalState = JobWireEnums.PlaceholderNotEnforced,
        ApprovalPlaceholderMode = JobWireEnums.MvpNotEnforced,
    };

    public required bool ApprovalRequired { get; init; }

    public required string ApprovalState { get; init; }

    public string? ApprovalPolicyId { get; init; }

    public string? ApprovalRequestedAt { get; init; }

    public string? ApprovalRequestedBy { get; init; }

    public string? ApprovalDecidedAt { get; init; }

    public string? ApprovalDecidedBy { get; init; }

    public string? ApprovalDecision { get; init; }

    public string? ApprovalDecisionReason { get; init; }

    public string? ApprovalExternalRef { get; init; }

    /// <summary>Verbatim, case preserved (spec 04 §1.3).</summary>
    public string? ApprovalSnapshotHash { get; init; }

    public string? ApprovalValidUntil { get; init; }

    public string? ApprovalRevalidatedAt { get; init; }

    public string? ApprovalRevalidationResult { get; init; }

    public required string ApprovalPlaceholderMode { get; init; }

    /// <summary>The wire object in spec 04 §1.3 member order; null optional members are absent (spec 08 A7).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["approval_required"] = ApprovalRequired,
            ["approval_state"] = ApprovalState,
        };
        AddIfPresent(json, "approval_policy_id", ApprovalPolicyId);
        AddIfPresent(json, "approval_requested_at", ApprovalRequestedAt);
        AddIfPresent(json, "approval_requested_by", ApprovalRequestedBy);
        AddIfPresent(json, "approval_decided_at", ApprovalDecidedAt);
        AddIfPresent(json, "approval_decided_by", ApprovalDecidedBy);
        AddIfPresent(json, "approval_decision", ApprovalDecision);
        AddIfPresent(json, "approval_decision_reason", ApprovalDecisionReason);
        AddIfPresent(json, "approval_external_ref", ApprovalExternalRef);
        AddIfPresent(json, "approval_snapshot_hash", ApprovalSnapshotHash);
        AddIfPresent(json, "approval_valid_until", ApprovalValidUntil);
        AddIfPresent(json, "approval_revalidated_at", ApprovalRevalidatedAt);
        AddIfPresent(json, "approval_revalidation_result", ApprovalRevalidationResult);
        json["approval_placeholder_mode"] = ApprovalPlaceholderMode;
        return json;
    }

    private static void AddIfPresent(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
