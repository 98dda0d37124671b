using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// An immutable dry-run plan row (spec 08 B5.1). Identity is (tenant, instance, source, plan_id) — decision S2.
/// <see cref="RecordJson"/> is the complete record serialized once at creation and returned verbatim ever after;
/// <see cref="PlanHashInputCanonical"/> is the exact canonical text that was hashed (decision D1).
/// </summary>
public sealed class StoredDryRunPlan : IScopedRecord
{
    public required string TenantId { get; init; }

    public required string InstanceId { get; init; }

    public required string Source { get; init; }

    public required string PlanId { get; init; }

    public required string PlanHash { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required string GateExecutability { get; init; }

    public required string GateReasonCode { get; init; }

    public required string RecordJson { get; init; }

    public required string PlanHashInputCanonical { get; init; }

    public long PlanSeq { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
