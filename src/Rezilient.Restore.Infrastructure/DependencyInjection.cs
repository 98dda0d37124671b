using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rezilient.Restore.Application.Jobs.Common;
using Rezilient.Restore.Application.Plans.Common;
using Rezilient.Restore.Infrastructure.RestoreIndex;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.Infrastructure.Persistence;
using Rezilient.Restore.Infrastructure.Persistence.Stores;
using Rezilient.Restore.Infrastructure.SourceMappings;

namespace Rezilient.Restore.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, RestoreServiceSettings settings)
    {
        var connectionString = PostgresConnectionString.From(settings.RestorePgUrl);

        // Restore-index reads use their own pooled connections, outside any command's transaction (spec 08 A3.1).
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddSingleton<IRestoreIndexReader, RestoreIndexReader>();
        services.AddScoped<IDryRunPlanStore, DryRunPlanStore>();
        services.AddScoped<IDryRunPlanLookup, DryRunPlanLookup>();
        services.AddScoped<IJobQueueStore, JobQueueStore>();
        services.AddDbContextFactory<RestoreDbContext>(options => Configure(options, connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<RestoreDbContext>>().CreateDbContext());
        services.AddScoped<IRestoreDbContext>(sp => sp.GetRequiredService<RestoreDbContext>());
        services.AddScoped<EfUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<EfUnitOfWork>());
        services.AddScoped<IDatabaseStatus, DatabaseStatus>();
        services.AddSingleton<IRequestAuditLog, RequestAuditLog>();
        services.AddScoped<IAdminStateStore, AdminStateStore>();
        services.AddSingleton(TimeProvider.System);
        services.AddSourceMappings(settings);
        return services;
    }

    /// <summary>
    /// The mapping source chosen by <c>RRS_SOURCE_MAPPING_MODE</c> (spec 02 §4): static configuration, or the ACP
    /// client behind the resolve cache. There is never a fallback from one to the other.
    /// </summary>
    private static void AddSourceMappings(this IServiceCollection services, RestoreServiceSettings settings)
    {
        if (settings.SourceMappingMode == SourceMappingMode.Static)
        {
            services.AddSingleton<ISourceMappingSource>(sp =>
                new StaticSourceMappingSource(settings.StaticSourceMappings, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton(sp =>
                new CreationScopeGuard(sp.GetRequiredService<ISourceMappingSource>(), MappingSourceKind.Static));
            return;
        }

        var client = new AcpClientOptions(settings.AcpBaseUrl!, settings.AcpInternalToken!, settings.AcpRequestTimeoutMs);
        client.Validate();
        var cache = new SourceMappingCacheOptions(settings.AcpPositiveCacheTtlSeconds, settings.AcpNegativeCacheTtlSeconds);
        cache.Validate();
        services.AddSingleton(client);
        services.AddHttpClient<AcpSourceMappingClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(AcpSourceMappingClient.CreateHandler);
        services.AddSingleton<ISourceMappingSource>(sp => new CachedSourceMappingSource(
            sp.GetRequiredService<AcpSourceMappingClient>, cache, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
            new CreationScopeGuard(sp.GetRequiredService<ISourceMappingSource>(), MappingSourceKind.Acp));
    }

    /// <summary>The one place that configures the provider, shared by the service, <c>migrate</c> and design time.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresConnectionString.MigrationsAssembly)
                .MigrationsHistoryTable("__EFMigrationsHistory", RestoreDbContext.Schema)
                // Transient failures re-run a unit (spec 08 B7.2), but briefly: an outage answers 500 within seconds.
                .EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(UnitTransactionInterceptor.Instance);
}
