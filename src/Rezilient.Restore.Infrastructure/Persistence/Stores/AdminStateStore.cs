using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Infrastructure.Persistence.Stores;

/// <summary>Single-row upserts (spec 08 T10): two replicas writing the same key at once both succeed, last write wins.</summary>
internal sealed class AdminStateStore(RestoreDbContext db, EfUnitOfWork unit) : IAdminStateStore
{
    public async Task SaveSettingAsync(AdminSetting setting, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO rez_restore_index.restore_admin_settings (setting_key, enabled, updated_at, updated_by)
             VALUES ({setting.SettingKey}, {setting.Enabled}, {setting.UpdatedAt}, {setting.UpdatedBy})
             ON CONFLICT (setting_key) DO UPDATE
             SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
             """,
            cancellationToken);
    }

    public async Task SaveDrillAsync(FailureDrill drill, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO rez_restore_index.restore_admin_failure_drills (drill_id, status, notes, updated_at, updated_by)
             VALUES ({drill.DrillId}, {drill.Status}, {drill.Notes}, {drill.UpdatedAt}, {drill.UpdatedBy})
             ON CONFLICT (drill_id) DO UPDATE
             SET status = EXCLUDED.status, notes = EXCLUDED.notes,
                 updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
             """,
            cancellationToken);
    }
}
