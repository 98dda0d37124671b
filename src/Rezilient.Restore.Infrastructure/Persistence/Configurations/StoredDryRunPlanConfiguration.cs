using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary>
/// <c>restore_dry_run_plans</c> (spec 08 B5.1) with the plan identity of decision S2: the primary key is
/// (tenant_id, instance_id, source, plan_id), so the same plan_id in two scopes is two plans.
/// </summary>
internal sealed class StoredDryRunPlanConfiguration : IEntityTypeConfiguration<StoredDryRunPlan>
{
    public void Configure(EntityTypeBuilder<StoredDryRunPlan> builder)
    {
        builder.ToTable("restore_dry_run_plans", t => t.HasCheckConstraint(
            "ck_restore_dry_run_plans_gate_executability",
            "gate_executability IN ('executable', 'preview_only', 'blocked')"));
        builder.HasKey(p => new { p.TenantId, p.InstanceId, p.Source, p.PlanId });
        builder.Property(p => p.PlanHash).HasColumnType("char(64)");
        builder.Property(p => p.PlanSeq).UseIdentityAlwaysColumn();
        builder.HasIndex(p => p.PlanSeq).IsUnique();
        builder.HasIndex(p => new { p.GeneratedAt, p.PlanSeq });
        builder.HasIndex(p => new { p.TenantId, p.InstanceId, p.Source, p.GeneratedAt }).IsDescending(false, false, false, true);
        builder.HasOne<SourceRegistryEntry>().WithMany()
            .HasForeignKey(p => new { p.TenantId, p.InstanceId })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
