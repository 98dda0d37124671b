using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Domain.Admin;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Admin.Common;

/// <summary>
/// The effect shared by the staging-mode and runbook sign-off mutations (spec 07 §8.1–8.2): the flag from the body,
/// <c>updated_at</c> = now (ms), <c>updated_by</c> = the trimmed actor — also when the value does not change.
/// </summary>
internal static class AdminSettingChange
{
    public static async Task<AdminSetting> SaveAsync(
        IAdminStateStore store, TimeProvider clock, string settingKey, JsonBody body, string flagMember,
        CancellationToken cancellationToken)
    {
        var setting = new AdminSetting
        {
            SettingKey = settingKey,
            Enabled = body.GetBoolean(flagMember),
            UpdatedAt = clock.GetUtcNow().TruncateToMilliseconds(),
            UpdatedBy = body.GetTrimmedString("actor"),
        };
        await store.SaveSettingAsync(setting, cancellationToken);
        return setting;
    }
}
