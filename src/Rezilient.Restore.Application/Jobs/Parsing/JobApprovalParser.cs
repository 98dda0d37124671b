using System.Text.Json;
using Rezilient.Restore.Application.Plans.Parsing;

namespace Rezilient.Restore.Application.Jobs.Parsing;

/// <summary>
/// The strict approval object of a create-job request (spec 04 §1.3), read in the table's order. It differs from the
/// dry-run's approval (spec 03 §5.11): timestamps are pattern-only and the snapshot hash is kept verbatim.
/// </summary>
internal static class JobApprovalParser
{
    private const string Prefix = "approval";

    private static readonly string[] Members =
    [
        "approval_required", "approval_state", "approval_policy_id", "approval_requested_at", "approval_requested_by",
        "approval_decided_at", "approval_decided_by", "approval_decision", "approval_decision_reason",
        "approval_external_ref", "approval_snapshot_hash", "approval_valid_until", "approval_revalidated_at",
        "approval_revalidation_result", "approval_placeholder_mode",
    ];

    public static JobApproval? Parse(JsonElement? value, ValidationIssues issues)
    {
        var approval = JsonObjectReader.Open(value, Prefix, issues, Members);
        if (approval is null)
        {
            return null;
        }

        var required = approval.Boolean("approval_required");
        var state = approval.Option("approval_state", WireEnums.ApprovalStates);
        var policyId = approval.String("approval_policy_id", required: false);
        var requestedAt = Timestamp(approval, "approval_requested_at", issues);
        var requestedBy = approval.String("approval_requested_by", required: false);
        var decidedAt = Timestamp(approval, "approval_decided_at", issues);
        var decidedBy = approval.String("approval_decided_by", required: false);
        var decision = approval.Option("approval_decision", WireEnums.ApprovalDecisions, required: false);
        var decisionReason = approval.String("approval_decision_reason", required: false);
        var externalRef = approval.String("approval_external_ref", required: false);
        var snapshotHash = VerbatimSha256Hex(approval, "approval_snapshot_hash", issues);
        var validUntil = Timestamp(approval, "approval_valid_until", issues);
        var revalidatedAt = Timestamp(approval, "approval_revalidated_at", issues);
        var revalidationResult = approval.Option("approval_revalidation_result", WireEnums.RevalidationResults, required: false);
        var placeholderMode = approval.Option("approval_placeholder_mode", JobWireEnums.PlaceholderModes);
        approval.RejectUnknownMembers();
        if (approval.Failed)
        {
            return null;
        }

        return new JobApproval
        {
            ApprovalRequired = required!.Value,
            ApprovalState = state!,
            ApprovalPolicyId = policyId,
            ApprovalRequestedAt = requestedAt,
            ApprovalRequestedBy = requestedBy,
            ApprovalDecidedAt = decidedAt,
            ApprovalDecidedBy = decidedBy,
            ApprovalDecision = decision,
            ApprovalDecisionReason = decisionReason,
            ApprovalExternalRef = externalRef,
            ApprovalSnapshotHash = snapshotHash,
            ApprovalValidUntil = validUntil,
            ApprovalRevalidatedAt = revalidatedAt,
            ApprovalRevalidationResult = revalidationResult,
            ApprovalPlaceholderMode = placeholderMode!,
        };
    }

    private static string? Timestamp(JsonObjectReader approval, string name, ValidationIssues issues) =>
        ReadOptional(approval, name, issues, (JsonElement? value, out string text) =>
            WireValues.ReadString(value, out text) ?? (ApprovalTimestamp.Matches(text) ? null : ApprovalTimestamp.Issue));

    // The reader's Sha256Hex lower-cases; spec 04 §1.3 stores this hash verbatim.
    private static string? VerbatimSha256Hex(JsonObjectReader approval, string name, ValidationIssues issues) =>
        ReadOptional(approval, name, issues, (JsonElement? value, out string text) =>
            WireValues.ReadString(value, out text) ?? (WireFormats.IsSha256Hex(text) ? null : IssueText.Sha256Hex));

    private delegate string? StringRule(JsonElement? value, out string text);

    /// <summary>An optional member with a rule the shared reader lacks; a no-op after an earlier issue, like its reads.</summary>
    private static string? ReadOptional(JsonObjectReader approval, string name, ValidationIssues issues, StringRule reader)
    {
        if (issues.Any || !approval.Has(name))
        {
            return null;
        }

        var issue = reader(approval.Raw(name), out var text);
        if (issue is null)
        {
            return text;
        }

        issues.Report(Prefix, issue);
        return null;
    }
}
