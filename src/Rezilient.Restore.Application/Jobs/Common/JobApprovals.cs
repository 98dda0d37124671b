using Rezilient.Restore.Application.Jobs.Parsing;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>A validated request approval (or the placeholder) as stored in the approval columns (decision J7).</summary>
public static class JobApprovals
{
    public static ApprovalRecord ToRecord(JobApproval? approval)
    {
        var a = approval ?? JobApproval.Placeholder;
        return new ApprovalRecord
        {
            ApprovalRequired = a.ApprovalRequired,
            ApprovalState = a.ApprovalState,
            ApprovalPolicyId = a.ApprovalPolicyId,
            ApprovalRequestedAt = a.ApprovalRequestedAt,
            ApprovalRequestedBy = a.ApprovalRequestedBy,
            ApprovalDecidedAt = a.ApprovalDecidedAt,
            ApprovalDecidedBy = a.ApprovalDecidedBy,
            ApprovalDecision = a.ApprovalDecision,
            ApprovalDecisionReason = a.ApprovalDecisionReason,
            ApprovalExternalRef = a.ApprovalExternalRef,
            ApprovalSnapshotHash = a.ApprovalSnapshotHash,
            ApprovalValidUntil = a.ApprovalValidUntil,
            ApprovalRevalidatedAt = a.ApprovalRevalidatedAt,
            ApprovalRevalidationResult = a.ApprovalRevalidationResult,
            ApprovalPlaceholderMode = a.ApprovalPlaceholderMode,
        };
    }
}
