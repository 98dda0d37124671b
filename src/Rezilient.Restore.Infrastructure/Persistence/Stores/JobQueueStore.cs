using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Jobs.Common;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Infrastructure.Persistence.Stores;

/// <summary>
/// Row locks of the lock queue (spec 08 B8): the scope's <c>source_registry</c> row with the "no key update"
/// strength (it does not block foreign-key checks of unrelated inserts such as dry-run plans), then job rows.
/// Lock order is always scope → job → queued jobs in queue order (B9.5).
/// </summary>
internal sealed class JobQueueStore(RestoreDbContext db, EfUnitOfWork unit) : IJobQueueStore
{
    public async Task EnsureAndLockScopeAsync(
        string tenantId, string instanceId, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        await ScopeRegistry.EnsureAsync(db, tenantId, instanceId, source, now, cancellationToken);
        await LockScopeAsync(tenantId, instanceId, cancellationToken);
    }

    public async Task LockScopeAsync(string tenantId, string instanceId, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             SELECT 1 FROM rez_restore_index.source_registry
             WHERE tenant_id = {tenantId} AND instance_id = {instanceId}
             FOR NO KEY UPDATE
             """,
            cancellationToken);
    }

    public async Task<IReadOnlySet<string>> HeldTablesAsync(
        string tenantId, string instanceId, CancellationToken cancellationToken)
    {
        var tables = await db.JobLocks.AsNoTracking()
            .Where(l => l.TenantId == tenantId && l.InstanceId == instanceId
                        && l.LockState == JobLock.Running && l.ReleasedAt == null)
            .Select(l => l.TableName)
            .ToListAsync(cancellationToken);
        return tables.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<RestoreJob>> LockQueuedJobsAsync(
        string tenantId, string instanceId, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        return await db.Jobs
            .FromSqlInterpolated(
                $"""
                 SELECT * FROM rez_restore_index.restore_jobs
                 WHERE tenant_id = {tenantId} AND instance_id = {instanceId} AND status = 'queued'
                 ORDER BY queue_seq
                 FOR UPDATE
                 """)
            .ToListAsync(cancellationToken);
    }

    public async Task<RestoreJob?> LockJobAsync(string jobId, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        return await db.Jobs
            .FromSqlInterpolated($"SELECT * FROM rez_restore_index.restore_jobs WHERE job_id = {jobId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<long> NextOrderAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT nextval('rez_restore_index.restore_job_order_seq') AS \"Value\"")
            .SingleAsync(cancellationToken);

    public async Task EnsurePlanMetadataAsync(PlanMetadata plan, CancellationToken cancellationToken)
    {
        await unit.EnsureTransactionAsync(cancellationToken);
        if (!await db.PlanMetadata.AnyAsync(p => p.PlanId == plan.PlanId, cancellationToken))
        {
            // First-seen wins; a concurrent first insert of the same plan_id waits on the key, then does nothing.
            var approval = plan.Approval;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                 INSERT INTO rez_restore_index.restore_plans
                   (plan_id, contract_version, tenant_id, instance_id, source, plan_hash, plan_hash_algorithm,
                    plan_hash_input_version, lock_scope_tables, approval_required, approval_state,
                    approval_placeholder_mode, metadata_allowlist_version, requested_by, requested_at, updated_at)
                 VALUES ({plan.PlanId}, {plan.ContractVersion}, {plan.TenantId}, {plan.InstanceId}, {plan.Source},
                         {plan.PlanHash}, {plan.PlanHashAlgorithm}, {plan.PlanHashInputVersion}, {plan.LockScopeTables},
                         {approval.ApprovalRequired}, {approval.ApprovalState}, {approval.ApprovalPlaceholderMode},
                         {plan.MetadataAllowlistVersion}, {plan.RequestedBy}, {plan.RequestedAt}, {plan.UpdatedAt})
                 ON CONFLICT (plan_id) DO NOTHING
                 """,
                cancellationToken);
        }
    }
}
