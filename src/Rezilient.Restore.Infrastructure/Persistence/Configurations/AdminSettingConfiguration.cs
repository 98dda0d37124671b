using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Infrastructure.Persistence.Configurations;

/// <summary><c>restore_admin_settings</c> (spec 08 B5.9).</summary>
internal sealed class AdminSettingConfiguration : IEntityTypeConfiguration<AdminSetting>
{
    public void Configure(EntityTypeBuilder<AdminSetting> builder)
    {
        builder.ToTable("restore_admin_settings", t => t.HasCheckConstraint(
            "ck_restore_admin_settings_setting_key", "setting_key IN ('staging_mode', 'runbooks_signoff')"));
        builder.HasKey(e => e.SettingKey);
    }
}
