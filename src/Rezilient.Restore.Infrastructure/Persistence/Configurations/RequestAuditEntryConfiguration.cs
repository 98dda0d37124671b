using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Audit;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary><c>restore_request_audit</c>: one row per command (who, what, scope, outcome). Append-only.</summary>
internal sealed class RequestAuditEntryConfiguration : IEntityTypeConfiguration<RequestAuditEntry>
{
    public void Configure(EntityTypeBuilder<RequestAuditEntry> builder)
    {
        builder.ToTable("restore_request_audit", t =>
            t.HasCheckConstraint("ck_restore_request_audit_outcome", "outcome IN ('succeeded', 'rejected', 'faulted', 'cancelled')"));
        builder.HasKey(e => e.AuditId);
        builder.Property(e => e.AuditId).UseIdentityAlwaysColumn();
        builder.Property(e => e.Outcome).HasConversion(
            outcome => outcome.ToString().ToLowerInvariant(),
            text => Enum.Parse<RequestOutcome>(text, ignoreCase: true));
        builder.HasIndex(e => new { e.OccurredAt, e.AuditId });
        builder.HasIndex(e => new { e.TenantId, e.InstanceId, e.OccurredAt });
    }
}
