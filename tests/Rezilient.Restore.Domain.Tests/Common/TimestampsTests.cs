using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Domain.Tests.Common;

public sealed class TimestampsTests
{
    private static readonly DateTimeOffset Whole = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    [Test]
    public void Truncation_drops_everything_below_the_millisecond()
    {
        var value = Whole.AddTicks(9_999);

        Assert.That(value.TruncateToMilliseconds(), Is.EqualTo(Whole));
        Assert.That(value.TruncateToMilliseconds().Ticks % TimeSpan.TicksPerMillisecond, Is.Zero);
    }

    [Test]
    public void Truncation_never_rounds_up()
    {
        var value = Whole.AddTicks(TimeSpan.TicksPerMillisecond - 1);

        Assert.That(value.TruncateToMilliseconds(), Is.EqualTo(Whole));
    }

    [Test]
    public void A_value_already_in_whole_milliseconds_is_unchanged()
    {
        Assert.That(Whole.TruncateToMilliseconds(), Is.EqualTo(Whole));
        Assert.That(Whole.TruncateToMilliseconds().Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Truncation_converts_an_offset_value_to_utc()
    {
        var local = new DateTimeOffset(2026, 3, 14, 11, 26, 53, 589, TimeSpan.FromHours(2)).AddTicks(42);

        var truncated = local.TruncateToMilliseconds();

        Assert.That(truncated.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(truncated.DateTime, Is.EqualTo(Whole.DateTime));
    }

    [Test]
    public void Truncation_converts_a_negative_offset_across_midnight()
    {
        var local = new DateTimeOffset(2026, 3, 13, 23, 30, 0, 7, TimeSpan.FromHours(-5));

        var truncated = local.TruncateToMilliseconds();

        Assert.That(truncated.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(truncated.DateTime, Is.EqualTo(new DateTime(2026, 3, 14, 4, 30, 0, 7)));
    }

    [Test]
    public void The_wire_string_is_utc_with_three_fraction_digits_and_a_z()
    {
        Assert.That(Whole.ToWireString(), Is.EqualTo("2026-03-14T09:26:53.589Z"));
    }

    [Test]
    public void The_wire_string_keeps_trailing_zero_milliseconds()
    {
        var value = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        Assert.That(value.ToWireString(), Is.EqualTo("2026-01-02T03:04:05.000Z"));
    }

    [Test]
    public void The_wire_string_of_an_offset_value_is_its_utc_instant()
    {
        var local = new DateTimeOffset(2026, 3, 14, 11, 26, 53, 589, TimeSpan.FromHours(2));

        Assert.That(local.ToWireString(), Is.EqualTo("2026-03-14T09:26:53.589Z"));
    }

    [Test]
    public void The_wire_string_does_not_round_sub_millisecond_ticks()
    {
        var value = Whole.AddTicks(TimeSpan.TicksPerMillisecond - 1);

        Assert.That(value.ToWireString(), Is.EqualTo("2026-03-14T09:26:53.589Z"));
    }

    [Test]
    public void A_truncated_value_renders_to_the_same_wire_string_as_the_original()
    {
        var value = new DateTimeOffset(2026, 3, 14, 11, 26, 53, 589, TimeSpan.FromHours(2)).AddTicks(5_555);

        Assert.That(value.TruncateToMilliseconds().ToWireString(), Is.EqualTo(value.ToWireString()));
    }
}
