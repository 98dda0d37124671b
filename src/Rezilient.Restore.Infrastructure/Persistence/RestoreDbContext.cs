using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Admin;
using Rezilient.Restore.Domain.Audit;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// The service plane in schema <c>rez_restore_index</c> (spec 08). Names are snake_case; each table has its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in <c>Configurations/</c>.
/// </summary>
public sealed class RestoreDbContext(DbContextOptions<RestoreDbContext> options) : DbContext(options), IRestoreDbContext
{
    /// <summary>All objects live in one schema, indexer-owned and service-owned alike (spec 08 intro).</summary>
    public const string Schema = "rez_restore_index";

    public DbSet<RequestAuditEntry> RequestAuditEntries => Set<RequestAuditEntry>();

    public DbSet<AdminSetting> AdminSettings => Set<AdminSetting>();

    public DbSet<FailureDrill> FailureDrills => Set<FailureDrill>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RestoreDbContext).Assembly);
    }
}
