using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary>The approval placeholder columns shared by <c>restore_plans</c> and <c>restore_jobs</c> (spec 08 A7).</summary>
internal static class ApprovalColumns
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, ApprovalRecord> approval)
        where TOwner : class
    {
        approval.Property(a => a.ApprovalRequired).HasColumnName("approval_required");
        approval.Property(a => a.ApprovalState).HasColumnName("approval_state");
        approval.Property(a => a.ApprovalPolicyId).HasColumnName("approval_policy_id");
        approval.Property(a => a.ApprovalRequestedAt).HasColumnName("approval_requested_at").HasColumnType("timestamptz")
            .HasConversion(TimestampText.Converter);
        approval.Property(a => a.ApprovalRequestedBy).HasColumnName("approval_requested_by");
        approval.Property(a => a.ApprovalDecidedAt).HasColumnName("approval_decided_at").HasColumnType("timestamptz")
            .HasConversion(TimestampText.Converter);
        approval.Property(a => a.ApprovalDecidedBy).HasColumnName("approval_decided_by");
        approval.Property(a => a.ApprovalDecision).HasColumnName("approval_decision");
        approval.Property(a => a.ApprovalDecisionReason).HasColumnName("approval_decision_reason");
        approval.Property(a => a.ApprovalExternalRef).HasColumnName("approval_external_ref");
        approval.Property(a => a.ApprovalSnapshotHash).HasColumnName("approval_snapshot_hash").HasColumnType("char(64)");
        approval.Property(a => a.ApprovalValidUntil).HasColumnName("approval_valid_until").HasColumnType("timestamptz")
            .HasConversion(TimestampText.Converter);
        approval.Property(a => a.ApprovalRevalidatedAt).HasColumnName("approval_revalidated_at").HasColumnType("timestamptz")
            .HasConversion(TimestampText.Converter);
        approval.Property(a => a.ApprovalRevalidationResult).HasColumnName("approval_revalidation_result");
        approval.Property(a => a.ApprovalPlaceholderMode).HasColumnName("approval_placeholder_mode");
    }
}
