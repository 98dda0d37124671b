using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Application.Admin.Common;

/// <summary>
/// Writes admin GA-gate state (spec 08 T10: a single-row upsert), safe when two replicas write the same key at once.
/// Runs inside the command's transaction.
/// </summary>
public interface IAdminStateStore
{
    Task SaveSettingAsync(AdminSetting setting, CancellationToken cancellationToken);

    Task SaveDrillAsync(FailureDrill drill, CancellationToken cancellationToken);
}
