namespace Rezilient.Restore.Domain.Plans;

/// <summary>Constants of the dry-run contract (spec 03 §1).</summary>
public static class PlanContract
{
    public const string ContractVersion = "restore.contracts.v1";
    public const string MetadataAllowlistVersion = "rrs.metadata.allowlist.v1";
    public const string PitAlgorithmVersion = "pit.v1.sys_updated_on-sys_mod_count-__time-event_id";
    public const string PlanHashInputVersion = "plan-hash-input.v1";
    public const string PlanHashAlgorithm = "sha256";

    /// <summary>
    /// Longest accepted <c>plan_id</c> (UTF-16 code units). Spec 03 §4.1 sets no bound, but plan ids are keys of
    /// PostgreSQL B-tree indexes (<c>restore_dry_run_plans</c>, <c>restore_plans</c>), whose entries cannot exceed
    /// about 2.7 kB; 512 units are at most 1.5 kB of UTF-8. Longer ids are a 400, never a 500.
    /// </summary>
    public const int MaxPlanIdLength = 512;

    public static string PlanIdTooLong { get; } = $"plan_id must be at most {MaxPlanIdLength} characters";
}

/// <summary>Wire values of freshness and executability (spec 03 §7.3, §11).</summary>
public static class Freshness
{
    public const string Fresh = "fresh";
    public const string Stale = "stale";
    public const string Unknown = "unknown";
}

public static class Executability
{
    public const string Executable = "executable";
    public const string PreviewOnly = "preview_only";
    public const string Blocked = "blocked";
}
