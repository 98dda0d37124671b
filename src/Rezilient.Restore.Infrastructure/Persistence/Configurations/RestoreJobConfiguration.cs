using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary>
/// <c>restore_jobs</c> (spec 08 A5.3): created by the Part A baseline; the B4 columns (<c>job_seq</c>, <c>queue_seq</c>,
/// <c>run_seq</c>) and indexes are added by the <c>AddJobPlane</c> migration's SQL, so EF does not migrate it.
/// </summary>
internal sealed class RestoreJobConfiguration : IEntityTypeConfiguration<RestoreJob>
{
    public void Configure(EntityTypeBuilder<RestoreJob> builder)
    {
        builder.ToTable("restore_jobs", t => t.ExcludeFromMigrations());
        builder.HasKey(j => j.JobId);
        builder.Property(j => j.PlanHash).HasColumnType("char(64)");
        builder.Property(j => j.JobSeq).ValueGeneratedOnAdd().UseIdentityAlwaysColumn();
        builder.OwnsOne(j => j.Approval, ApprovalColumns.Map);
        builder.Navigation(j => j.Approval).IsRequired();
    }
}

/// <summary><c>restore_plans</c> (spec 08 A5.2), Part A baseline.</summary>
internal sealed class PlanMetadataConfiguration : IEntityTypeConfiguration<PlanMetadata>
{
    public void Configure(EntityTypeBuilder<PlanMetadata> builder)
    {
        builder.ToTable("restore_plans", t => t.ExcludeFromMigrations());
        builder.HasKey(p => p.PlanId);
        builder.Property(p => p.PlanHash).HasColumnType("char(64)");
        builder.OwnsOne(p => p.Approval, ApprovalColumns.Map);
        builder.Navigation(p => p.Approval).IsRequired();
    }
}

/// <summary><c>restore_job_locks</c> (spec 08 A5.4), Part A baseline.</summary>
internal sealed class JobLockConfiguration : IEntityTypeConfiguration<JobLock>
{
    public void Configure(EntityTypeBuilder<JobLock> builder)
    {
        builder.ToTable("restore_job_locks", t => t.ExcludeFromMigrations());
        builder.HasKey(l => l.LockId);
        builder.Property(l => l.LockId).ValueGeneratedOnAdd();
        builder.HasOne<RestoreJob>().WithMany().HasForeignKey(l => l.JobId);
    }
}

/// <summary><c>restore_job_events</c> (spec 08 A5.5 + B4 <c>public_event_id</c>), Part A baseline.</summary>
internal sealed class JobEventConfiguration : IEntityTypeConfiguration<JobEvent>
{
    public void Configure(EntityTypeBuilder<JobEvent> builder)
    {
        builder.ToTable("restore_job_events", t => t.ExcludeFromMigrations());
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).HasColumnName("event_id").ValueGeneratedOnAdd();
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.HasOne<RestoreJob>().WithMany().HasForeignKey(e => e.JobId);
    }
}
