using System.Collections.Concurrent;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>
/// The ACP resolve cache (spec 02 §8, decision S3). Keys are (tenant, instance, scope) tuples, so no value can forge
/// another key; <c>found</c> and <c>not_found</c> are kept for their TTLs measured from before the call; outages and
/// exceptions are never stored; an entry is a hit only while <c>expires_at &gt; now</c>; the cache is a bounded LRU;
/// concurrent misses of one key share one ACP call. Lists always go to ACP.
/// </summary>
public sealed class CachedSourceMappingSource : ISourceMappingSource
{
    private readonly Func<ISourceMappingSource> inner;
    private readonly SourceMappingCacheOptions options;
    private readonly TimeProvider clock;
    private readonly LruMap<CacheKey, CacheEntry> entries;
    private readonly ConcurrentDictionary<CacheKey, Lazy<Task<MappingResolution>>> inFlight = new();

    /// <param name="inner">Creates the ACP client for a call (a typed HttpClient from the factory, so handlers rotate).</param>
    public CachedSourceMappingSource(Func<ISourceMappingSource> inner, SourceMappingCacheOptions options, TimeProvider clock)
    {
        options.Validate();
        this.inner = inner;
        this.options = options;
        this.clock = clock;
        entries = new LruMap<CacheKey, CacheEntry>(options.Capacity);
    }

    /// <summary>Entries currently held (expired ones included until they are next looked up or evicted).</summary>
    public int Count => entries.Count;

    public async ValueTask<MappingResolution> ResolveAsync(
        string tenantId, string instanceId, string serviceScope, CancellationToken cancellationToken)
    {
        var key = new CacheKey(tenantId, instanceId, serviceScope);
        var t0 = clock.GetUtcNow();
        if (entries.TryGet(key, out var entry))
        {
            if (entry.ExpiresAt > t0)
            {
                return entry.Resolution;
            }

            entries.RemoveIfSame(key, entry); // never a fresher entry another caller just stored
        }

        // One call per key at a time: concurrent misses await the same fetch. The fetch belongs to no caller: it is
        // bounded by the ACP deadline, leaves the in-flight map when it completes, and each caller can stop waiting.
        var fetch = new Lazy<Task<MappingResolution>>(() => FetchAsync(key, t0));
        var shared = inFlight.GetOrAdd(key, fetch);
        if (ReferenceEquals(shared, fetch))
        {
            _ = fetch.Value.ContinueWith(
                _ => inFlight.TryRemove(new KeyValuePair<CacheKey, Lazy<Task<MappingResolution>>>(key, fetch)),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return await shared.Value.WaitAsync(cancellationToken);
    }

    public ValueTask<MappingListResult> ListAsync(MappingListFilter filter, CancellationToken cancellationToken) =>
        inner().ListAsync(filter, cancellationToken);

    private async Task<MappingResolution> FetchAsync(CacheKey key, DateTimeOffset t0)
    {
        // A miss that raced with a fetch which has just stored its answer and left the in-flight map uses that answer.
        if (entries.TryGet(key, out var stored) && stored.ExpiresAt > clock.GetUtcNow())
        {
            return stored.Resolution;
        }

        var resolution = await inner().ResolveAsync(key.TenantId, key.InstanceId, key.ServiceScope, CancellationToken.None);
        var ttl = resolution.Kind switch
        {
            MappingResolutionKind.Found => options.PositiveTtlSeconds,
            MappingResolutionKind.NotFound => options.NegativeTtlSeconds,
            _ => 0,
        };
        if (ttl > 0)
        {
            entries.Set(key, new CacheEntry(resolution, t0.AddSeconds(ttl)));
        }

        return resolution;
    }

    private readonly record struct CacheKey(string TenantId, string InstanceId, string ServiceScope);

    private sealed record CacheEntry(MappingResolution Resolution, DateTimeOffset ExpiresAt);
}
