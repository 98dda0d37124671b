using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.Infrastructure.SourceMappings;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

/// <summary>Spec 02 §8 (including the timing vectors of §8.3) and decision S3, on a pinned clock — no sleeps.</summary>
public sealed class CachedSourceMappingSourceTests
{
    private TestClock clock = null!;
    private ScriptedSource acp = null!;

    // NUnit reuses one fixture instance for all its tests: fresh state per test.
    [SetUp]
    public void Reset()
    {
        clock = new TestClock(new DateTimeOffset(2026, 2, 16, 12, 0, 0, TimeSpan.Zero));
        acp = new ScriptedSource();
    }

    private CachedSourceMappingSource Cache(int positive = 30, int negative = 5, int capacity = 100) =>
        new(() => acp, new SourceMappingCacheOptions(positive, negative, capacity), clock);

    private static MappingResolution Found(string source = "sn://s") => MappingResolution.Found(
        new CanonicalMapping("t", "i", source, "active", "active", "active", ["rrs"], "x") { ServiceAllowed = true });

    [Test]
    public async Task Found_is_served_from_the_cache_until_the_positive_ttl_has_passed()
    {
        acp.Answers.Enqueue(Found());
        acp.Answers.Enqueue(Found());
        var cache = Cache();

        await cache.ResolveAsync("t", "i", "rrs", default);
        await cache.ResolveAsync("t", "i", "rrs", default);
        Assert.That(acp.Calls, Is.EqualTo(1), "second call is a hit");

        clock.Advance(TimeSpan.FromSeconds(31));
        await cache.ResolveAsync("t", "i", "rrs", default);
        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task An_entry_expires_exactly_at_its_ttl()
    {
        acp.Answers.Enqueue(Found());
        acp.Answers.Enqueue(Found());
        var cache = Cache();

        await cache.ResolveAsync("t", "i", "rrs", default);
        clock.Advance(TimeSpan.FromSeconds(30));
        await cache.ResolveAsync("t", "i", "rrs", default);

        Assert.That(acp.Calls, Is.EqualTo(2), "expires_at > now is strict");
    }

    [Test]
    public async Task Not_found_is_cached_for_the_negative_ttl()
    {
        acp.Answers.Enqueue(MappingResolution.NotFound);
        acp.Answers.Enqueue(Found());
        var cache = Cache();

        var first = await cache.ResolveAsync("t", "i", "rrs", default);
        var second = await cache.ResolveAsync("t", "i", "rrs", default);
        clock.Advance(TimeSpan.FromSeconds(6));
        var third = await cache.ResolveAsync("t", "i", "rrs", default);

        Assert.That(new[] { first.Kind, second.Kind, third.Kind },
            Is.EqualTo(new[] { MappingResolutionKind.NotFound, MappingResolutionKind.NotFound, MappingResolutionKind.Found }));
        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task An_outage_is_never_cached()
    {
        acp.Answers.Enqueue(MappingResolution.Outage("ACP request failed"));
        acp.Answers.Enqueue(Found());
        var cache = Cache();

        Assert.That((await cache.ResolveAsync("t", "i", "rrs", default)).Kind, Is.EqualTo(MappingResolutionKind.Outage));
        Assert.That((await cache.ResolveAsync("t", "i", "rrs", default)).Kind, Is.EqualTo(MappingResolutionKind.Found));
        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task After_expiry_an_outage_is_reported_never_the_stale_entry()
    {
        acp.Answers.Enqueue(Found());
        acp.Answers.Enqueue(MappingResolution.Outage("ACP request timed out after 2000ms"));
        var cache = Cache();

        await cache.ResolveAsync("t", "i", "rrs", default);
        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.That((await cache.ResolveAsync("t", "i", "rrs", default)).Kind, Is.EqualTo(MappingResolutionKind.Outage));
    }

    [Test]
    public async Task Each_service_scope_has_its_own_entry()
    {
        acp.Answers.Enqueue(Found());
        acp.Answers.Enqueue(Found());
        var cache = Cache();

        await cache.ResolveAsync("t", "i", "rrs", default);
        await cache.ResolveAsync("t", "i", "reg", default);
        await cache.ResolveAsync("t", "i", "rrs", default);

        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Keys_built_from_values_with_separators_do_not_collide()
    {
        acp.Answers.Enqueue(Found("sn://one"));
        acp.Answers.Enqueue(Found("sn://two"));
        var cache = Cache();

        var one = await cache.ResolveAsync("a|b", "c", "rrs", default);
        var two = await cache.ResolveAsync("a", "b|c", "rrs", default);

        Assert.That((one.Mapping!.Source, two.Mapping!.Source), Is.EqualTo(("sn://one", "sn://two")));
    }

    [Test]
    public async Task A_ttl_of_zero_disables_that_class()
    {
        acp.Answers.Enqueue(Found());
        acp.Answers.Enqueue(Found());
        var cache = Cache(positive: 0);

        await cache.ResolveAsync("t", "i", "rrs", default);
        await cache.ResolveAsync("t", "i", "rrs", default);

        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task The_ttl_counts_from_before_the_call()
    {
        acp.Answers.Enqueue(Found());
        acp.Answers.Enqueue(Found());
        acp.OnCall = () => clock.Advance(TimeSpan.FromSeconds(10)); // a slow ACP answer
        var cache = Cache();

        await cache.ResolveAsync("t", "i", "rrs", default);
        acp.OnCall = null;
        clock.Advance(TimeSpan.FromSeconds(20)); // 30 s after t0
        await cache.ResolveAsync("t", "i", "rrs", default);

        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task The_cache_is_bounded_and_evicts_the_least_recently_used_entry()
    {
        for (var i = 0; i < 4; i++)
        {
            acp.Answers.Enqueue(Found());
        }

        var cache = Cache(capacity: 2);
        await cache.ResolveAsync("t", "a", "rrs", default);
        await cache.ResolveAsync("t", "b", "rrs", default);
        await cache.ResolveAsync("t", "a", "rrs", default); // a is now the most recent
        await cache.ResolveAsync("t", "c", "rrs", default); // evicts b
        await cache.ResolveAsync("t", "a", "rrs", default); // still a hit

        Assert.That(cache.Count, Is.EqualTo(2));
        Assert.That(acp.Calls, Is.EqualTo(3));
        await cache.ResolveAsync("t", "b", "rrs", default);
        Assert.That(acp.Calls, Is.EqualTo(4), "b was evicted");
    }

    [Test]
    public async Task Concurrent_misses_of_one_key_make_one_call()
    {
        var release = new TaskCompletionSource<MappingResolution>(TaskCreationOptions.RunContinuationsAsynchronously);
        acp.Pending = release.Task;
        var cache = Cache();

        var callers = Enumerable.Range(0, 20).Select(_ => cache.ResolveAsync("t", "i", "rrs", default).AsTask()).ToList();
        release.SetResult(Found());
        var results = await Task.WhenAll(callers);

        Assert.That(acp.Calls, Is.EqualTo(1));
        Assert.That(results.Select(r => r.Kind), Is.All.EqualTo(MappingResolutionKind.Found));
    }

    [Test]
    public async Task A_cancelled_first_waiter_does_not_cause_a_second_call()
    {
        var release = new TaskCompletionSource<MappingResolution>(TaskCreationOptions.RunContinuationsAsynchronously);
        acp.Pending = release.Task;
        var cache = Cache();
        using var cancel = new CancellationTokenSource();

        var first = cache.ResolveAsync("t", "i", "rrs", cancel.Token).AsTask();
        await cancel.CancelAsync();
        Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
        var second = cache.ResolveAsync("t", "i", "rrs", default).AsTask();
        release.SetResult(Found());

        Assert.That((await second).Kind, Is.EqualTo(MappingResolutionKind.Found));
        Assert.That(acp.Calls, Is.EqualTo(1), "the first fetch kept running and was shared");
        await cache.ResolveAsync("t", "i", "rrs", default);
        Assert.That(acp.Calls, Is.EqualTo(1), "and its answer was cached");
    }

    [Test]
    public async Task An_exception_propagates_and_nothing_is_stored()
    {
        acp.Throw = new InvalidOperationException("boom");
        var cache = Cache();

        Assert.That(async () => await cache.ResolveAsync("t", "i", "rrs", default), Throws.InvalidOperationException);
        acp.Throw = null;
        acp.Answers.Enqueue(Found());
        Assert.That((await cache.ResolveAsync("t", "i", "rrs", default)).Kind, Is.EqualTo(MappingResolutionKind.Found));
        Assert.That(acp.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Lists_always_go_to_the_source()
    {
        var cache = Cache();

        await cache.ListAsync(new MappingListFilter(), default);
        await cache.ListAsync(new MappingListFilter(), default);

        Assert.That(acp.ListCalls, Is.EqualTo(2));
    }

    /// <summary>A mapping source that answers from a script and counts calls.</summary>
    private sealed class ScriptedSource : ISourceMappingSource
    {
        private int calls;

        public Queue<MappingResolution> Answers { get; } = new();

        public Task<MappingResolution>? Pending { get; set; }

        public Action? OnCall { get; set; }

        public Exception? Throw { get; set; }

        public int Calls => Volatile.Read(ref calls);

        public int ListCalls { get; private set; }

        public async ValueTask<MappingResolution> ResolveAsync(
            string tenantId, string instanceId, string serviceScope, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            OnCall?.Invoke();
            if (Throw is not null)
            {
                throw Throw;
            }

            return Pending is not null ? await Pending : Answers.Dequeue();
        }

        public ValueTask<MappingListResult> ListAsync(MappingListFilter filter, CancellationToken cancellationToken)
        {
            ListCalls++;
            return ValueTask.FromResult(MappingListResult.Ok([]));
        }
    }
}
