using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary><c>restore_audit_events</c> (spec 08 B5.8): normalized cross-service events, replayed in (occurred_at, service, event_id) order.</summary>
internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("restore_audit_events", t =>
        {
            t.HasCheckConstraint("ck_restore_audit_events_service", "service IN ('acp', 'reg', 'rrs', 'sn')");
            t.HasCheckConstraint("ck_restore_audit_events_lifecycle",
                "lifecycle IN ('auth', 'plan', 'execute', 'resume', 'override', 'delete', 'ingest')");
            t.HasCheckConstraint("ck_restore_audit_events_outcome",
                "outcome IN ('attempted', 'accepted', 'denied', 'queued', 'started', 'paused', 'completed', 'failed', 'cancelled', 'skipped')");
        });
        builder.HasKey(e => new { e.Service, e.EventId });
        builder.Property(e => e.PlanHash).HasColumnType("char(64)");
        builder.Property(e => e.Actor).HasColumnType("jsonb");
        builder.Property(e => e.Correlation).HasColumnType("jsonb");
        builder.Property(e => e.Metadata).HasColumnType("jsonb");
        builder.Property(e => e.AuditSeq).UseIdentityAlwaysColumn();
        builder.HasIndex(e => e.AuditSeq).IsUnique();
        builder.HasIndex(e => new { e.JobId, e.OccurredAt, e.Service, e.EventId });
        builder.HasOne<RestoreJob>().WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary><c>restore_job_idempotency_keys</c> (decision J5): one row per key and token scope.</summary>
internal sealed class JobIdempotencyKeyConfiguration : IEntityTypeConfiguration<JobIdempotencyKey>
{
    public void Configure(EntityTypeBuilder<JobIdempotencyKey> builder)
    {
        builder.ToTable("restore_job_idempotency_keys");
        builder.HasKey(k => new { k.TenantId, k.InstanceId, k.Source, k.IdempotencyKey });
        builder.Property(k => k.RequestHash).HasColumnType("char(64)");
        builder.HasIndex(k => k.CreatedAt);
        builder.HasOne<RestoreJob>().WithMany().HasForeignKey(k => k.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
