using System.Globalization;
using System.Text.RegularExpressions;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

public sealed partial class EventIdsTests
{
    // The generator is process-wide and never moves its timestamp backwards, so tests that decode the timestamp
    // use instants later than any other test in this process can have used.
    private static long farFutureMilliseconds = new DateTimeOffset(4000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static readonly DateTimeOffset FixedClock = new(2026, 2, 16, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_event_id_is_evt_and_a_lowercase_uuid_version_7()
    {
        Assert.That(EventIds.New(FixedClock), Does.Match(EventIdFormat()));
    }

    [Test]
    public void Ten_thousand_ids_with_the_same_now_are_strictly_increasing()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => EventIds.New(FixedClock)).ToList();

        Assert.Multiple(() =>
        {
            for (var i = 1; i < ids.Count; i++)
            {
                Assert.That(string.CompareOrdinal(ids[i - 1], ids[i]), Is.LessThan(0), $"{ids[i - 1]} !< {ids[i]}");
            }
        });
        Assert.That(ids, Is.All.Match(EventIdFormat()));
    }

    [Test]
    public void An_id_for_an_earlier_now_still_sorts_after_the_previous_id()
    {
        var later = EventIds.New(FixedClock.AddMinutes(5));
        var earlier = EventIds.New(FixedClock);

        Assert.That(string.CompareOrdinal(later, earlier), Is.LessThan(0));
    }

    [Test]
    public void The_timestamp_bits_decode_to_now_in_milliseconds()
    {
        var now = NextFarFuture().AddTicks(9_999);

        var id = EventIds.New(now);

        Assert.That(DecodeTimestamp(id), Is.EqualTo(now.ToUnixTimeMilliseconds()));
    }

    [Test]
    public void A_later_now_moves_the_timestamp_forward()
    {
        var first = NextFarFuture();
        var second = NextFarFuture();

        var firstId = EventIds.New(first);
        var secondId = EventIds.New(second);

        Assert.That(DecodeTimestamp(firstId), Is.EqualTo(first.ToUnixTimeMilliseconds()));
        Assert.That(DecodeTimestamp(secondId), Is.EqualTo(second.ToUnixTimeMilliseconds()));
        Assert.That(string.CompareOrdinal(firstId, secondId), Is.LessThan(0));
    }

    [Test]
    public void Ids_generated_on_many_threads_are_distinct_and_increasing_per_thread()
    {
        var perThread = new List<string>[8];

        Parallel.For(0, perThread.Length, thread =>
            perThread[thread] = Enumerable.Range(0, 2_000).Select(_ => EventIds.New(FixedClock)).ToList());

        var all = perThread.SelectMany(ids => ids).ToList();
        Assert.That(all.Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(all.Count));
        Assert.That(perThread, Is.All.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void A_job_id_is_job_and_a_lowercase_uuid_version_4()
    {
        var first = JobIds.New();
        var second = JobIds.New();

        Assert.That(first, Does.Match(JobIdFormat()));
        Assert.That(second, Does.Match(JobIdFormat()));
        Assert.That(first, Is.Not.EqualTo(second));
    }

    private static DateTimeOffset NextFarFuture() =>
        DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Add(ref farFutureMilliseconds, 1_000));

    private static long DecodeTimestamp(string eventId) =>
        long.Parse(eventId.Substring(4, 8) + eventId.Substring(13, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex("^evt_[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex EventIdFormat();

    [GeneratedRegex("^job_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex JobIdFormat();
}
