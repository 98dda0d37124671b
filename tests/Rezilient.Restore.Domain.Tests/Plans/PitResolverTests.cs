using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class PitResolverTests
{
    [Test]
    public void Pit_resolutions_of_vector_v13_are_reproduced()
    {
        var vector = SharedVectors.PlanHashVector("v13-stale-preview-only-with-approval-and-pit");
        var candidates = vector["request"]!["pit_candidates"]!.AsArray().Select(Candidate);
        var expected = vector["expected"]!["response"]!["pit_resolutions"]!.AsArray().Select(Resolution);

        Assert.That(candidates.Select(PitResolver.Resolve), Is.EqualTo(expected));
    }

    [Test]
    public void On_a_full_tie_the_earliest_version_wins()
    {
        var resolution = Resolve(V("2026-02-16 11:50:00", 3, "2026-02-16T11:50:00Z", "evt-1"), V("2026-02-16 11:50:00", 3, "2026-02-16T11:50:00.000Z", "evt-1"));

        Assert.That(resolution.WinningEventTime, Is.EqualTo("2026-02-16T11:50:00Z"));
    }

    [Test]
    public void Event_ids_that_compare_equal_keep_the_earliest_version()
    {
        var resolution = Resolve(V("2026-02-16 11:50:00", null, "2026-02-16T11:50:00Z", "\u00E9vt"), V("2026-02-16 11:50:00", null, "2026-02-16T11:50:00Z", "e\u0301vt"));

        Assert.That(resolution.WinningEventId, Is.EqualTo("\u00E9vt"));
    }

    [Test]
    public void The_mod_count_is_ignored_when_one_side_lacks_it()
    {
        var resolution = Resolve(V("2026-02-16 11:50:00", 99, "2026-02-16T11:50:00.100Z", "evt-a"), V("2026-02-16 11:50:00", null, "2026-02-16T11:50:00.200Z", "evt-b"));

        Assert.That((resolution.WinningEventId, resolution.WinningSysModCount), Is.EqualTo(("evt-b", (long?)null)));
    }

    [Test]
    public void The_mod_count_decides_before_the_event_time_when_both_sides_have_one()
    {
        var resolution = Resolve(V("2026-02-16 11:50:00", 2, "2026-02-16T11:49:00Z", "evt-a"), V("2026-02-16 11:50:00", 1, "2026-02-16T11:59:00Z", "evt-b"));

        Assert.That(resolution.WinningEventId, Is.EqualTo("evt-a"));
    }

    [Test]
    public void A_non_existent_day_rolls_over_and_outranks_the_end_of_february()
    {
        // 2026-02-30 reads as 2026-03-02, later than 2026-03-01.
        var resolution = Resolve(V("2026-03-01 23:59:59", 50, "2026-02-16T11:59:00Z", "evt-march"), V("2026-02-30 12:00:00", 1, "2026-02-16T11:40:00Z", "evt-feb-30"));

        Assert.That(resolution.WinningEventId, Is.EqualTo("evt-feb-30"));
    }

    [Test]
    public void Hour_24_is_the_next_midnight_and_ties_with_it()
    {
        var resolution = Resolve(V("2026-02-17 00:00:00", null, "2026-02-16T12:00:00Z", "evt-midnight"), V("2026-02-16 24:00:00", null, "2026-02-16T12:00:00Z", "evt-24"));

        Assert.That(resolution.WinningEventId, Is.EqualTo("evt-midnight")); // equal time and __time; "evt-24" < "evt-midnight"
    }

    [Test]
    public void The_event_id_breaks_the_last_tie_with_the_restore_collation()
    {
        var resolution = Resolve(V("2026-02-16 11:50:00", null, "2026-02-16T11:50:00Z", "evt-B"), V("2026-02-16 11:50:00", null, "2026-02-16T11:50:00Z", "evt-b"));

        Assert.That(resolution.WinningEventId, Is.EqualTo("evt-B"));
    }

    [Test]
    public void A_single_version_wins_without_its_time_being_read()
    {
        var resolution = Resolve(V("2026-02-16 25:00:00", null, "2026-02-16T11:50:00Z", "evt-only"));

        Assert.That(resolution.WinningEventId, Is.EqualTo("evt-only"));
    }

    [Test]
    public void An_unreadable_sys_updated_on_among_several_versions_throws()
    {
        Assert.Throws<ArgumentException>(() => Resolve(V("2026-02-16 11:50:00", null, "2026-02-16T11:50:00Z", "evt-a"), V("2026-02-16 25:00:00", null, "2026-02-16T11:50:00Z", "evt-b")));
    }

    private static PitResolution Resolve(params PitVersion[] versions) =>
        PitResolver.Resolve(new PitCandidate("row-1", "incident", "rec-1", versions));

    private static PitVersion V(string sysUpdatedOn, long? modCount, string time, string eventId) => new(sysUpdatedOn, modCount, time, eventId);

    private static PitCandidate Candidate(JsonNode? c) => new(
        c!["row_id"].Text(), c["table"].Text(), c["record_sys_id"].Text(),
        c["versions"]!.AsArray().Select(v => V(v!["sys_updated_on"].Text(), v["sys_mod_count"]?.GetValue<long>(), v["__time"].Text(), v["event_id"].Text())).ToList());

    private static PitResolution Resolution(JsonNode? r) => new(
        r!["row_id"].Text(), r["table"].Text(), r["record_sys_id"].Text(), r["winning_event_id"].Text(),
        r["winning_sys_updated_on"].Text(), r["winning_sys_mod_count"]?.GetValue<long>(), r["winning_event_time"].Text());
}
