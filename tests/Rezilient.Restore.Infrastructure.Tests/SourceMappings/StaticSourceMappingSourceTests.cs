using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.Infrastructure.SourceMappings;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

/// <summary>Spec 02 §4.2: static mode answers as ACP would for a fully active, rrs-enabled mapping.</summary>
public sealed class StaticSourceMappingSourceTests
{
    private static readonly TestClock Clock = new(new DateTimeOffset(2026, 2, 16, 12, 0, 0, TimeSpan.Zero));

    private static StaticSourceMappingSource Source(params SourceMapping[] mappings) => new(mappings, Clock);

    [Test]
    public async Task A_configured_pair_is_found_fully_active_for_rrs()
    {
        var resolution = await Source(new SourceMapping("t", "i", "sn://s")).ResolveAsync("t", "i", "rrs", default);

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.Found));
        var mapping = resolution.Mapping!;
        Assert.That(mapping.Source, Is.EqualTo("sn://s"));
        Assert.That(mapping.IsFullyActive, Is.True);
        Assert.That(mapping.AllowedServices, Is.EqualTo(new[] { "rrs" }));
        Assert.That(mapping.ServiceAllowed, Is.True);
        Assert.That(mapping.RequestedServiceScope, Is.EqualTo("rrs"));
        Assert.That(mapping.UpdatedAt, Is.EqualTo("2026-02-16T12:00:00.000Z"));
    }

    [Test]
    public async Task Another_scope_is_found_but_not_allowed()
    {
        var resolution = await Source(new SourceMapping("t", "i", "sn://s")).ResolveAsync("t", "i", "reg", default);

        Assert.That(resolution.Mapping!.ServiceAllowed, Is.False);
    }

    [TestCase("t", "other")]
    [TestCase("T", "i")]
    [TestCase("t ", "i")]
    public async Task Unknown_pairs_are_not_found_and_never_an_outage(string tenant, string instance)
    {
        var resolution = await Source(new SourceMapping("t", "i", "sn://s")).ResolveAsync(tenant, instance, "rrs", default);

        Assert.That(resolution, Is.SameAs(MappingResolution.NotFound));
    }

    [Test]
    public async Task With_no_mappings_everything_is_not_found()
    {
        Assert.That((await Source().ResolveAsync("t", "i", "rrs", default)).Kind, Is.EqualTo(MappingResolutionKind.NotFound));
    }

    [Test]
    public async Task A_later_entry_for_the_same_pair_replaces_the_earlier_one_in_its_position()
    {
        var source = Source(
            new SourceMapping("t", "a", "sn://first"),
            new SourceMapping("t", "b", "sn://b"),
            new SourceMapping("t", "a", "sn://second"));

        var list = await source.ListAsync(new MappingListFilter(), default);

        Assert.That(list.Mappings!.Select(m => m.InstanceId + "=" + m.Source), Is.EqualTo(new[] { "a=sn://second", "b=sn://b" }));
    }

    [Test]
    public async Task Keys_cannot_collide_through_separator_characters()
    {
        var source = Source(new SourceMapping("a|b", "c", "sn://1"), new SourceMapping("a", "b|c", "sn://2"));

        Assert.That((await source.ResolveAsync("a|b", "c", "rrs", default)).Mapping!.Source, Is.EqualTo("sn://1"));
        Assert.That((await source.ResolveAsync("a", "b|c", "rrs", default)).Mapping!.Source, Is.EqualTo("sn://2"));
    }

    [Test]
    public async Task List_applies_the_acp_filter_semantics()
    {
        var source = Source(new SourceMapping("t1", "i1", "sn://1"), new SourceMapping("t2", "i2", "sn://2"));

        Assert.That((await source.ListAsync(MappingListFilter.ActiveRestoreEnabled, default)).Mappings, Has.Count.EqualTo(2));
        Assert.That((await source.ListAsync(new MappingListFilter(TenantId: "t2"), default)).Mappings!.Single().Source,
            Is.EqualTo("sn://2"));
        Assert.That((await source.ListAsync(new MappingListFilter(ServiceScope: "reg"), default)).Mappings, Is.Empty);
        Assert.That((await source.ListAsync(new MappingListFilter(TenantState: "suspended"), default)).Mappings, Is.Empty);
    }
}
