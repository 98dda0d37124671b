namespace Rezilient.Restore.Domain.Admin;

/// <summary>Storage keys of <see cref="AdminSetting"/> rows (spec 08 B5.9 CHECK constraint).</summary>
public static class AdminSettingKeys
{
    public const string StagingMode = "staging_mode";
    public const string RunbooksSignoff = "runbooks_signoff";

    public static readonly IReadOnlyList<string> All = [StagingMode, RunbooksSignoff];

    /// <summary>Who a setting seeded from configuration is attributed to.</summary>
    public const string SystemActor = "system";
}
