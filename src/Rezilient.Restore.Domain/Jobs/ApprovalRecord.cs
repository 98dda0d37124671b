namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// The approval placeholder columns of <c>restore_plans</c> and <c>restore_jobs</c> (spec 08 A7). Approval is not
/// enforced (decision J7); a caller-supplied approval is stored and echoed as given. NULL columns are absent in the API.
/// </summary>
public sealed class ApprovalRecord
{
    public bool ApprovalRequired { get; set; }

    public string ApprovalState { get; set; } = "placeholder_not_enforced";

    public string? ApprovalPolicyId { get; set; }

    public string? ApprovalRequestedAt { get; set; }

    public string? ApprovalRequestedBy { get; set; }

    public string? ApprovalDecidedAt { get; set; }

    public string? ApprovalDecidedBy { get; set; }

    public string? ApprovalDecision { get; set; }

    public string? ApprovalDecisionReason { get; set; }

    public string? ApprovalExternalRef { get; set; }

    public string? ApprovalSnapshotHash { get; set; }

    public string? ApprovalValidUntil { get; set; }

    public string? ApprovalRevalidatedAt { get; set; }

    public string? ApprovalRevalidationResult { get; set; }

    public string ApprovalPlaceholderMode { get; set; } = "mvp_not_enforced";
}
