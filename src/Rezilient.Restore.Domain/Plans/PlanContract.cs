namespace Rezilient.Restore.Domain.Plans;

/// <summary>Constants of the dry-run contract (spec 03 §1).</summary>
public static class PlanContract
{
    public const string ContractVersion = "restore.contracts.v1";
    public const string MetadataAllowlistVersion = "rrs.metadata.allowlist.v1";
    public const string PitAlgorithmVersion = "pit.v1.sys_updated_on-sys_mod_count-__time-event_id";
    public const string PlanHashInputVersion = "plan-hash-input.v1";
    public const string PlanHashAlgorithm = "sha256";
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
