using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary><c>restore_admin_failure_drills</c> (spec 08 B5.10).</summary>
internal sealed class FailureDrillConfiguration : IEntityTypeConfiguration<FailureDrill>
{
    public void Configure(EntityTypeBuilder<FailureDrill> builder)
    {
        builder.ToTable("restore_admin_failure_drills", t => t.HasCheckConstraint(
            "ck_restore_admin_failure_drills_status", "status IN ('pending', 'passed', 'failed')"));
        builder.HasKey(e => e.DrillId);
    }
}
