using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Domain.Admin;
using Rezilient.Restore.Domain.Audit;
using Rezilient.Restore.Domain.Jobs;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Common.Abstractions;

/// <summary>
/// The service's relational state as the use cases see it (one row per entity, spec 08 B3). Commands change it
/// inside the transaction opened by the transaction behavior; queries read with <c>AsNoTracking</c>.
/// </summary>
public interface IRestoreDbContext
{
    DbSet<RequestAuditEntry> RequestAuditEntries { get; }

    DbSet<AdminSetting> AdminSettings { get; }

    DbSet<FailureDrill> FailureDrills { get; }

    DbSet<SourceRegistryEntry> SourceRegistry { get; }

    DbSet<StoredDryRunPlan> DryRunPlans { get; }

    DbSet<RestoreJob> Jobs { get; }

    DbSet<JobLock> JobLocks { get; }

    DbSet<JobEvent> JobEvents { get; }

    DbSet<AuditEvent> AuditEvents { get; }

    DbSet<PlanMetadata> PlanMetadata { get; }

    DbSet<JobIdempotencyKey> JobIdempotencyKeys { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
