using System.Net;
using Mediator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rezilient.Restore.Api.Configuration;
using Rezilient.Restore.Api.Http;
using Rezilient.Restore.Api.Swagger;
using Rezilient.Restore.Application;
using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Behaviors;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Infrastructure;
using Rezilient.Restore.Infrastructure.Evidence;
using Rezilient.Restore.Infrastructure.Persistence;

namespace Rezilient.Restore.Api.Hosting;

/// <summary>
/// The composition root and the startup sequence of spec 09 §4: parse configuration (first failure wins), construct
/// components (evidence key pair), check the database schema, listen, then log <c>restore-service listening</c>.
/// Any failure logs <c>restore-service failed to start</c> and exits 1.
/// </summary>
public static class RestoreServiceHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [MigrateCommand.Name, ..])
        {
            return await MigrateCommand.RunAsync();
        }

        using var startupLoggers = LoggerFactory.Create(StartupLog.ConfigureLogging);
        var logger = startupLoggers.CreateLogger("Rezilient.Restore.Startup");
        WebApplication app;
        RestoreServiceSettings settings;
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            settings = ParseSettings(builder.Configuration, logger);

            // spec 03 §10.3: plan hashes depend on ICU collation; invariant-globalization mode would change them.
            if (!Domain.Plans.RestoreCollation.IcuIsActive())
            {
                throw new StartupConfigurationException(
                    "ICU collation is not available (globalization-invariant mode or missing libicu): plan hashes would differ");
            }
            ConfigureServices(builder, settings);
            app = builder.Build();
            ConfigurePipeline(app);
            await EnsureSchemaAsync(app, settings);
            await app.StartAsync();
        }
        catch (Exception ex)
        {
            StartupLog.Write(logger, LogLevel.Critical, "restore-service failed to start",
                [new("error", ex is StartupConfigurationException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}")]);
            return 1;
        }

        StartupLog.Write(logger, LogLevel.Information, "restore-service listening", ListeningFields(app, settings));
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// Configuration comes from environment variables (spec 09). They are read through the host configuration,
    /// which holds the process environment and lets in-process test hosts supply the same names.
    /// </summary>
    private static RestoreServiceSettings ParseSettings(IConfiguration configuration, ILogger logger)
    {
        var parsed = RestoreSettingsParser.Parse(name => configuration[name]);
        if (!parsed.IsSuccess)
        {
            throw new StartupConfigurationException(parsed.Error!);
        }

        foreach (var warning in parsed.Warnings)
        {
            StartupLog.Write(logger, LogLevel.Warning, warning, []);
        }

        return parsed.Settings!;
    }

    private static void ConfigureServices(WebApplicationBuilder builder, RestoreServiceSettings settings)
    {
        StartupLog.ConfigureLogging(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The app enforces the body cap itself so that E6 is the answer (spec 01 note N9).
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
            // PORT alone defines the listen address; ASPNETCORE_URLS must not override it (spec 09 note C5).
            kestrel.Listen(IPAddress.Parse(settings.BindAddress), settings.Port);
        });

        var services = builder.Services;

        // Spec 09 §4 step 2 before step 3: an evidence key pair that does not load or match stops startup first.
        services.AddSingleton(Ed25519KeyPair.Load(settings.EvidenceSigningPrivateKeyPem, settings.EvidenceSigningPublicKeyPem));
        services.AddSingleton(settings);
        services.AddApplication();
        services.AddInfrastructure(settings);

        // The pipeline, outermost first: audit (commands) / query logging (queries) → validation → transaction
        // (commands) → handler. docs/architecture.md explains the order.
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(AuditBehavior<,>),
                typeof(QueryLoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });

        services.AddHttpContextAccessor();
        services.AddScoped<IRequestContext, HttpRequestContext>();
        services.AddScoped<IRequestBodyReader, HttpRequestBodyReader>();
        services.AddSingleton(new BearerTokenVerifier(new BearerTokenOptions(
            settings.AuthSigningKey, settings.AuthExpectedIssuer, settings.AuthTokenClockSkewSeconds)));
        services.AddSingleton(new AdminTokenCheck(settings.AdminToken));
        services.AddSingleton(new BodyLimits(settings.MaxJsonBodyBytes));

        services
            .AddControllers(options => options.ModelBinderProviders.Insert(0, new JsonBodyModelBinderProvider()))
            .AddJsonOptions(options => WireJson.Configure(options.JsonSerializerOptions));
        services.AddRestoreSwagger();
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseMiddleware<ExceptionEnvelopeMiddleware>();
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Rezilient Restore v1");
            options.RoutePrefix = "swagger";
        });
        app.UseMiddleware<RequestGateMiddleware>();
        app.UseRouting();
        app.UseMiddleware<StrictRouteMiddleware>();
        app.MapControllers();
    }

    private static async Task EnsureSchemaAsync(WebApplication app, RestoreServiceSettings settings)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestoreDbContext>();
        await SchemaGuard.EnsureCurrentAsync(db, settings.AutoMigrate, CancellationToken.None);
    }

    private static IEnumerable<KeyValuePair<string, object?>> ListeningFields(WebApplication app, RestoreServiceSettings s)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault();
        var port = address is not null && Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Port : s.Port;
        var fields = new List<KeyValuePair<string, object?>>
        {
            new("execute_default_chunk_size", s.ExecuteDefaultChunkSize),
            new("execute_max_rows", s.ExecuteMaxRows),
            new("execute_skip_ratio_percent", s.ExecuteElevatedSkipRatioPercent),
            new("execute_max_chunks_per_attempt", s.ExecuteMaxChunksPerAttempt),
            new("media_chunk_size", s.MediaChunkSize),
            new("media_max_items", s.MediaMaxItems),
            new("media_max_bytes", s.MediaMaxBytes),
            new("media_max_retry_attempts", s.MediaMaxRetryAttempts),
            new("evidence_signer_key_id", s.EvidenceSignerKeyId),
            new("evidence_immutable_worm_enabled", s.EvidenceImmutableWormEnabled),
            new("evidence_immutable_retention_class", s.EvidenceImmutableRetentionClass),
            new("restore_index_stale_after_seconds", s.RestoreIndexStaleAfterSeconds),
            new("staging_mode_enabled", s.StagingModeEnabled),
            new("ga_runbooks_signed_off", s.GaRunbooksSignedOff),
            new("max_json_body_bytes", s.MaxJsonBodyBytes),
            new("restore_pg_url_configured", !string.IsNullOrEmpty(s.RestorePgUrl)),
            new("port", port),
            new("bind_address", s.BindAddress),
            new("source_mapping_mode", s.SourceMappingMode.ToString().ToLowerInvariant()),
        };
        if (s.SourceMappingMode == SourceMappingMode.Static)
        {
            fields.Add(new("mapping_count", s.StaticSourceMappings.Count));
        }

        return fields;
    }
}
