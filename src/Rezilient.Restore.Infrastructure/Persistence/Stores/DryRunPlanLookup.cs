using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Jobs.Common;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.Persistence.Stores;

/// <summary>Reads a dry-run plan by its scoped identity; a database that cannot be reached is "unavailable" (J1).</summary>
internal sealed class DryRunPlanLookup(RestoreDbContext db) : IDryRunPlanLookup
{
    public async Task<PlanLookup> FindAsync(RequestScope scope, string planId, CancellationToken cancellationToken)
    {
        try
        {
            var plan = await db.DryRunPlans.AsNoTracking().SingleOrDefaultAsync(
                p => p.TenantId == scope.TenantId && p.InstanceId == scope.InstanceId && p.Source == scope.Source
                     && p.PlanId == planId,
                cancellationToken);
            return plan is null ? PlanLookup.Missing : PlanLookup.Found(plan);
        }
        catch (DbException)
        {
            return PlanLookup.StoreUnavailable;
        }
    }
}
