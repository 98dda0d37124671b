namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// Job-side plan metadata (<c>restore_plans</c>, spec 08 A5.2; spec 04 §1.4), first-seen per <c>plan_id</c> and never
/// updated. Kept for compatibility and as the foreign-key target of jobs; the hash guard of job creation is the
/// scoped dry-run plan (decision J1), so this row decides nothing.
/// </summary>
public sealed class PlanMetadata
{
    public required string PlanId { get; init; }

    public string ContractVersion { get; init; } = Plans.PlanContract.ContractVersion;

    public required string TenantId { get; init; }

    public required string InstanceId { get; init; }

    public required string Source { get; init; }

    public required string PlanHash { get; init; }

    public string PlanHashAlgorithm { get; init; } = Plans.PlanContract.PlanHashAlgorithm;

    public string PlanHashInputVersion { get; init; } = Plans.PlanContract.PlanHashInputVersion;

    public required string[] LockScopeTables { get; init; }

    public ApprovalRecord Approval { get; init; } = new();

    public string MetadataAllowlistVersion { get; init; } = Plans.PlanContract.MetadataAllowlistVersion;

    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
