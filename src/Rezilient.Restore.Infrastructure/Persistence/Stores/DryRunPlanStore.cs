using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Plans.Common;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Infrastructure.Persistence.Stores;

/// <summary>
/// Spec 08 T1 as three statements in the unit's transaction: ensure the scope row (updating its source only when the
/// mapping changed, B7.3 — so no row lock is taken otherwise), insert the plan unless its identity exists, and read
/// the existing plan when it does. A concurrent insert of the same identity waits on the unique key, then sees the
/// committed row.
/// </summary>
internal sealed class DryRunPlanStore(RestoreDbContext db, EfUnitOfWork unit) : IDryRunPlanStore
{
    public async Task<StoredDryRunPlan?> InsertOrGetExistingAsync(StoredDryRunPlan plan, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        await ScopeRegistry.EnsureAsync(db, plan.TenantId, plan.InstanceId, plan.Source, plan.CreatedAt, cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO rez_restore_index.restore_dry_run_plans
               (tenant_id, instance_id, source, plan_id, plan_hash, generated_at, gate_executability, gate_reason_code,
                record_json, plan_hash_input_canonical, created_at)
             VALUES ({plan.TenantId}, {plan.InstanceId}, {plan.Source}, {plan.PlanId}, {plan.PlanHash},
                     {plan.GeneratedAt}, {plan.GateExecutability}, {plan.GateReasonCode}, {plan.RecordJson},
                     {plan.PlanHashInputCanonical}, {plan.CreatedAt})
             ON CONFLICT (tenant_id, instance_id, source, plan_id) DO NOTHING
             """,
            cancellationToken);
        if (inserted == 1)
        {
            return null;
        }

        return await db.DryRunPlans.AsNoTracking().SingleAsync(
            p => p.TenantId == plan.TenantId && p.InstanceId == plan.InstanceId && p.Source == plan.Source
                 && p.PlanId == plan.PlanId,
            cancellationToken);
    }
}
