using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class IsoTimestampTests
{
    [TestCase("2026-02-16T11:50:00Z")]
    [TestCase("2026-02-16T11:50:00.123Z")]
    [TestCase("2024-02-29T23:59:59.999Z")]
    [TestCase("2000-02-29T00:00:00Z")]
    [TestCase("0000-01-01T00:00:00Z")]
    [TestCase("0000-02-29T00:00:00Z")]
    [TestCase("9999-12-31T23:59:59.999Z")]
    public void Second_and_millisecond_forms_of_real_instants_are_valid(string value)
    {
        Assert.That(IsoTimestamp.IsValid(value), Is.True);
    }

    [TestCase("2026-02-16T11:50:00+00:00")]
    [TestCase("2026-02-16t11:50:00z")]
    [TestCase("2026-02-16T11:50:00z")]
    [TestCase("2026-02-16 11:50:00Z")]
    [TestCase("2026-02-16T11:50:00.1Z")]
    [TestCase("2026-02-16T11:50:00.12Z")]
    [TestCase("2026-02-16T11:50:00.1234Z")]
    [TestCase("2026-02-16T11:50Z")]
    [TestCase("2026-02-29T00:00:00Z")]
    [TestCase("1900-02-29T00:00:00Z")]
    [TestCase("2026-02-30T00:00:00Z")]
    [TestCase("2026-04-31T00:00:00Z")]
    [TestCase("2026-02-16T24:00:00Z")]
    [TestCase("2026-02-16T23:60:00Z")]
    [TestCase("2026-02-16T23:59:60Z")]
    [TestCase("2026-00-16T00:00:00Z")]
    [TestCase("2026-13-16T00:00:00Z")]
    [TestCase("2026-02-00T00:00:00Z")]
    [TestCase("+02026-02-16T00:00:00Z")]
    [TestCase("2026-02-16T11:50:00.12aZ")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_else_is_invalid(string? value)
    {
        Assert.That(IsoTimestamp.IsValid(value), Is.False);
    }

    [Test]
    public void Both_forms_of_the_same_instant_read_equal()
    {
        Assert.That(IsoTimestamp.ToInstant("2026-02-16T11:50:00Z"), Is.EqualTo(IsoTimestamp.ToInstant("2026-02-16T11:50:00.000Z")));
        Assert.That(IsoTimestamp.ToUnixMilliseconds("2026-02-16T11:50:00Z"), Is.EqualTo(IsoTimestamp.ToUnixMilliseconds("2026-02-16T11:50:00.000Z")));
    }

    [Test]
    public void The_instant_is_utc_with_its_milliseconds()
    {
        Assert.That(IsoTimestamp.ToInstant("2026-02-16T11:50:00.123Z"), Is.EqualTo(new DateTimeOffset(2026, 2, 16, 11, 50, 0, 123, TimeSpan.Zero)));
    }

    [Test]
    public void Unix_milliseconds_agree_with_the_framework_for_representable_years()
    {
        Assert.That(IsoTimestamp.ToUnixMilliseconds("0001-01-01T00:00:00Z"), Is.EqualTo(DateTimeOffset.MinValue.ToUnixTimeMilliseconds()));
        Assert.That(IsoTimestamp.ToUnixMilliseconds("1970-01-01T00:00:00.001Z"), Is.EqualTo(1));
        Assert.That(IsoTimestamp.ToUnixMilliseconds("9999-12-31T23:59:59.999Z"), Is.EqualTo(DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()));
    }

    [Test]
    public void Year_0000_is_valid_but_cannot_become_a_DateTimeOffset()
    {
        Assert.That(IsoTimestamp.ToUnixMilliseconds("0000-12-31T23:59:59.999Z"), Is.EqualTo(DateTimeOffset.MinValue.ToUnixTimeMilliseconds() - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoTimestamp.ToInstant("0000-12-31T23:59:59.999Z"));
    }

    [Test]
    public void Reading_an_invalid_value_throws()
    {
        Assert.Throws<ArgumentException>(() => IsoTimestamp.ToInstant("2026-02-30T00:00:00Z"));
    }
}
