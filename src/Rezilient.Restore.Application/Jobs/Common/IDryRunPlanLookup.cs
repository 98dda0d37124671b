using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>Finds the dry-run plan a job is created from (decision J1), in the job's own scope only (S2).</summary>
public interface IDryRunPlanLookup
{
    Task<PlanLookup> FindAsync(RequestScope scope, string planId, CancellationToken cancellationToken);
}

/// <summary>The plan, or none, or "the plan store could not be read" (503 <c>plan_store_unavailable</c>).</summary>
public sealed record PlanLookup(StoredDryRunPlan? Plan, bool Unavailable)
{
    public static PlanLookup Missing { get; } = new(null, false);

    public static PlanLookup StoreUnavailable { get; } = new(null, true);

    public static PlanLookup Found(StoredDryRunPlan plan) => new(plan, false);
}
