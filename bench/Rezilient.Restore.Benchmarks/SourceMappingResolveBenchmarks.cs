using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rezilient.Restore.Infrastructure.SourceMappings;

namespace Rezilient.Restore.Benchmarks;

/// <summary>
/// Spec 02 §8: what the resolve cache saves. A cache hit against a real ACP round trip over loopback HTTP
/// (a minimal Kestrel ACP answering the spec 02 §6.2 body).
/// </summary>
[MemoryDiagnoser]
public class SourceMappingResolveBenchmarks
{
    private const string FoundBody =
        """{"ok":true,"tenant_id":"tenant-acme","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com","tenant_state":"active","entitlement_state":"active","instance_state":"active","allowed_services":["reg","rrs"],"updated_at":"2026-02-26T00:00:00.000Z","requested_service_scope":"rrs","service_allowed":true}""";

    private WebApplication acp = null!;
    private HttpClient http = null!;
    private AcpSourceMappingClient client = null!;
    private CachedSourceMappingSource cache = null!;

    [GlobalSetup]
    public async Task StartAcp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        acp = builder.Build();
        acp.MapPost("/v1/internal/source-mapping/resolve", () => Results.Text(FoundBody, "application/json"));
        await acp.StartAsync();
        var address = acp.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        http = new HttpClient(AcpSourceMappingClient.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        client = new AcpSourceMappingClient(http, new AcpClientOptions(new Uri(address), "internal-token", 2000));
        cache = new CachedSourceMappingSource(() => client, new SourceMappingCacheOptions(3600, 5), TimeProvider.System);
        await cache.ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None); // warm
    }

    [GlobalCleanup]
    public async Task StopAcp()
    {
        http.Dispose();
        await acp.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "ACP round trip (loopback HTTP)")]
    public ValueTask<Domain.Scope.MappingResolution> AcpRoundTrip() =>
        client.ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);

    [Benchmark(Description = "cache hit")]
    public ValueTask<Domain.Scope.MappingResolution> CacheHit() =>
        cache.ResolveAsync("tenant-acme", "sn-dev-01", "rrs", CancellationToken.None);
}
