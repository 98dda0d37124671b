using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rezilient.Restore.Infrastructure;
using Rezilient.Restore.Infrastructure.Persistence;

namespace Rezilient.Restore.Migrations;

/// <summary>Design-time construction for scaffolding; scaffolding never connects, so any server address will do.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RestoreDbContext>
{
    public RestoreDbContext CreateDbContext(string[] args) => Create(
        Environment.GetEnvironmentVariable("REZ_RESTORE_PG_URL") is { Length: > 0 } url
            ? url
            : "Host=127.0.0.1;Database=rez_restore");

    public static RestoreDbContext Create(string restorePgUrl)
    {
        var options = new DbContextOptionsBuilder<RestoreDbContext>();
        DependencyInjection.Configure(options, PostgresConnectionString.From(restorePgUrl));
        return new RestoreDbContext(options.Options);
    }
}
