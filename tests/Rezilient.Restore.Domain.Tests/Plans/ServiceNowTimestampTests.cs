using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class ServiceNowTimestampTests
{
    [TestCase("2026-02-16 11:50:00")]
    [TestCase("2026-02-30 12:00:00")]
    [TestCase("2026-02-16 25:00:00")]
    [TestCase("0000-00-00 99:99:99")]
    public void The_pattern_accepts_any_digits_without_a_calendar_check(string value)
    {
        Assert.That(ServiceNowTimestamp.IsWellFormed(value), Is.True);
    }

    [TestCase("2026-02-16T11:50:00")]
    [TestCase("2026-02-16 11:50")]
    [TestCase("2026-02-16 11:50:00Z")]
    [TestCase("2026-02-16 11:50:00\n")]
    [TestCase(" 2026-02-16 11:50:00")]
    [TestCase("2026-02-16 11:50:0\u0663")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_but_the_exact_pattern_is_malformed(string? value)
    {
        Assert.That(ServiceNowTimestamp.IsWellFormed(value), Is.False);
    }

    [TestCase("2026-02-16 11:50:00", "2026-02-16T11:50:00Z")]
    [TestCase("2026-02-30 12:00:00", "2026-03-02T12:00:00Z")]
    [TestCase("2026-02-29 00:00:00", "2026-03-01T00:00:00Z")]
    [TestCase("2024-02-29 00:00:00", "2024-02-29T00:00:00Z")]
    [TestCase("2026-04-31 08:00:00", "2026-05-01T08:00:00Z")]
    [TestCase("2026-12-31 24:00:00", "2027-01-01T00:00:00Z")]
    [TestCase("2026-02-31 24:00:00", "2026-03-04T00:00:00Z")]
    public void Lenient_reading_rolls_overflowing_days_and_hour_24_forward(string value, string expected)
    {
        Assert.That(ServiceNowTimestamp.TryParseLenient(value, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(instant.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase("2026-00-10 12:00:00")]
    [TestCase("2026-13-10 12:00:00")]
    [TestCase("2026-02-00 12:00:00")]
    [TestCase("2026-02-32 12:00:00")]
    [TestCase("2026-02-16 24:00:01")]
    [TestCase("2026-02-16 24:01:00")]
    [TestCase("2026-02-16 25:00:00")]
    [TestCase("2026-02-16 12:60:00")]
    [TestCase("2026-02-16 12:00:60")]
    [TestCase("2026/02/16 12:00:00")]
    public void Out_of_range_fields_cannot_be_read(string value)
    {
        Assert.That(ServiceNowTimestamp.TryParseLenient(value, out _), Is.False);
        Assert.That(ServiceNowTimestamp.TryParseLenientMilliseconds(value, out _), Is.False);
    }

    [Test]
    public void Year_0000_is_read_as_milliseconds_but_is_outside_the_DateTimeOffset_range()
    {
        Assert.That(ServiceNowTimestamp.TryParseLenientMilliseconds("0000-01-01 00:00:00", out var milliseconds), Is.True);
        Assert.That(milliseconds, Is.EqualTo(-62_167_219_200_000L));
        Assert.That(ServiceNowTimestamp.TryParseLenient("0000-01-01 00:00:00", out _), Is.False);
    }
}
