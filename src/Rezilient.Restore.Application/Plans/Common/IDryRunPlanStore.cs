using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Common;

/// <summary>
/// Stores dry-run plans (spec 08 T1): ensures the scope's <c>source_registry</c> row, then inserts the plan unless
/// one with the same identity exists — atomically, so concurrent creates of one plan id yield one insert.
/// </summary>
public interface IDryRunPlanStore
{
    /// <returns>null when <paramref name="plan"/> was inserted; otherwise the plan already stored under its identity.</returns>
    Task<StoredDryRunPlan?> InsertOrGetExistingAsync(StoredDryRunPlan plan, CancellationToken cancellationToken);
}
