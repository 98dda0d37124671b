namespace Rezilient.Restore.Domain.Admin;

/// <summary>
/// A persisted admin toggle (spec 08 B5.9, decision A1): staging mode or runbook sign-off. Until the first change
/// the value comes from configuration with <c>updated_by = "system"</c>.
/// </summary>
public sealed class AdminSetting
{
    public required string SettingKey { get; init; }

    public required bool Enabled { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
