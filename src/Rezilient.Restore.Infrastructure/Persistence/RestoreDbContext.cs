using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Admin;
using Rezilient.Restore.Domain.Audit;
using Rezilient.Restore.Domain.Jobs;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// The service plane in schema <c>rez_restore_index</c> (spec 08). Names are snake_case; each table has its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in <c>Configurations/</c>.
/// </summary>
public sealed class RestoreDbContext(DbContextOptions<RestoreDbContext> options) : DbContext(options), IRestoreDbContext
{
    /// <summary>All objects live in one schema, indexer-owned and service-owned alike (spec 08 intro).</summary>
    public const string Schema = "rez_restore_index";

    /// <summary>True while a command's unit of work runs on this context (see <see cref="EfUnitOfWork"/>).</summary>
    internal bool InUnit { get; set; }

    public DbSet<RequestAuditEntry> RequestAuditEntries => Set<RequestAuditEntry>();

    public DbSet<AdminSetting> AdminSettings => Set<AdminSetting>();

    public DbSet<FailureDrill> FailureDrills => Set<FailureDrill>();

    public DbSet<SourceRegistryEntry> SourceRegistry => Set<SourceRegistryEntry>();

    public DbSet<StoredDryRunPlan> DryRunPlans => Set<StoredDryRunPlan>();

    public DbSet<RestoreJob> Jobs => Set<RestoreJob>();

    public DbSet<JobLock> JobLocks => Set<JobLock>();

    public DbSet<JobEvent> JobEvents => Set<JobEvent>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<PlanMetadata> PlanMetadata => Set<PlanMetadata>();

    public DbSet<JobIdempotencyKey> JobIdempotencyKeys => Set<JobIdempotencyKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RestoreDbContext).Assembly);
    }
}
