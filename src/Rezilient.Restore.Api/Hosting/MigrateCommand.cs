using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Infrastructure;
using Rezilient.Restore.Infrastructure.Persistence;

namespace Rezilient.Restore.Api.Hosting;

/// <summary>
/// <c>Rezilient.Restore.Api migrate</c>: applies every pending EF Core migration to <c>REZ_RESTORE_PG_URL</c>
/// (falling back to <c>RRS_RESTORE_PG_URL</c> as spec 09 row 7 says) and exits 0. Run it with the migrating role's
/// credentials, then <c>migrations/sql/grants.sql</c> (docs/operations.md).
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync()
    {
        using var loggers = LoggerFactory.Create(StartupLog.ConfigureLogging);
        var logger = loggers.CreateLogger("Rezilient.Restore.Migrate");
        var url = Environment.GetEnvironmentVariable("REZ_RESTORE_PG_URL") is { Length: > 0 } primary
            ? primary
            : Environment.GetEnvironmentVariable("RRS_RESTORE_PG_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            StartupLog.Write(logger, LogLevel.Critical, "restore-service migrate failed", [new("error", "REZ_RESTORE_PG_URL is required")]);
            return 1;
        }

        try
        {
            var options = new DbContextOptionsBuilder<RestoreDbContext>();
            DependencyInjection.Configure(options, PostgresConnectionString.From(url.Trim()));
            await using var db = new RestoreDbContext(options.Options);
            var applied = await SchemaGuard.MigrateAsync(db, CancellationToken.None);
            StartupLog.Write(logger, LogLevel.Information, "restore-service migrations applied",
                [new("applied", applied.Count), new("migrations", string.Join(",", applied))]);
            return 0;
        }
        catch (Exception ex)
        {
            StartupLog.Write(logger, LogLevel.Critical, "restore-service migrate failed", [new("error", ex.Message)]);
            return 1;
        }
    }
}
