using Microsoft.EntityFrameworkCore;

namespace Rezilient.Restore.Infrastructure.Persistence.Stores;

/// <summary>
/// "Ensure scope row" of spec 08 B7.3: insert the scope's <c>source_registry</c> row if missing; update its source only
/// when the validated mapping changed (so the common case takes no row lock).
/// </summary>
internal static class ScopeRegistry
{
    public static async Task EnsureAsync(
        RestoreDbContext db, string tenantId, string instanceId, string source, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO rez_restore_index.source_registry (tenant_id, instance_id, source, created_at, updated_at)
             VALUES ({tenantId}, {instanceId}, {source}, {now}, {now})
             ON CONFLICT (tenant_id, instance_id) DO NOTHING
             """,
            cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             UPDATE rez_restore_index.source_registry SET source = {source}, updated_at = {now}
             WHERE tenant_id = {tenantId} AND instance_id = {instanceId} AND source <> {source}
             """,
            cancellationToken);
    }
}
