using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Configuration;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// The service never changes the schema at startup unless told to (spec 08 B13.7): it checks that every migration
/// it knows is applied and refuses to start otherwise. <c>migrate</c> and <c>RRS_AUTO_MIGRATE=true</c> apply them.
/// </summary>
public static class SchemaGuard
{
    public static async Task<IReadOnlyList<string>> MigrateAsync(RestoreDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    public static async Task EnsureCurrentAsync(RestoreDbContext db, bool autoMigrate, CancellationToken cancellationToken)
    {
        if (autoMigrate)
        {
            await MigrateAsync(db, cancellationToken);
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new StartupConfigurationException(
                $"database schema is not up to date: {pending.Count} pending migration(s) ({string.Join(", ", pending)}); " +
                "run the 'migrate' command (or set RRS_AUTO_MIGRATE=true in development)");
        }
    }
}
