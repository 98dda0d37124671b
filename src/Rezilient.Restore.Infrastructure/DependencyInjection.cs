using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Infrastructure.Persistence;
using Rezilient.Restore.Infrastructure.Persistence.Stores;

namespace Rezilient.Restore.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string restorePgUrl)
    {
        var connectionString = PostgresConnectionString.From(restorePgUrl);
        services.AddDbContextFactory<RestoreDbContext>(options => Configure(options, connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<RestoreDbContext>>().CreateDbContext());
        services.AddScoped<IRestoreDbContext>(sp => sp.GetRequiredService<RestoreDbContext>());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IDatabaseStatus, DatabaseStatus>();
        services.AddSingleton<IRequestAuditLog, RequestAuditLog>();
        services.AddScoped<IAdminStateStore, AdminStateStore>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The one place that configures the provider, shared by the service, <c>migrate</c> and design time.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresConnectionString.MigrationsAssembly)
                .MigrationsHistoryTable("__EFMigrationsHistory", RestoreDbContext.Schema)
                .EnableRetryOnFailure())
            .UseSnakeCaseNamingConvention();
}
