using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class KafkaOffsetTests
{
    [TestCase("000123", "123")]
    [TestCase("000", "0")]
    [TestCase("0", "0")]
    [TestCase("42", "42")]
    [TestCase("00000000000000000000123456789012345678901234567890", "123456789012345678901234567890")]
    public void Digit_strings_lose_their_leading_zeros_and_keep_any_length(string digits, string expected)
    {
        Assert.That(KafkaOffset.TryCanonicalize(digits, out var canonical), Is.True);
        Assert.That(canonical, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("-1")]
    [TestCase("+1")]
    [TestCase("-0")]
    [TestCase("1.5")]
    [TestCase(" 1")]
    [TestCase("1 ")]
    [TestCase("1e3")]
    [TestCase("\u0661\u0662")]
    [TestCase(null)]
    public void Anything_but_ascii_digits_is_rejected(string? digits)
    {
        Assert.That(KafkaOffset.TryCanonicalize(digits, out _), Is.False);
    }

    [TestCase(42d, "42")]
    [TestCase(0d, "0")]
    [TestCase(-0d, "0")]
    [TestCase(128.0, "128")]
    [TestCase(9_007_199_254_740_991d, "9007199254740991")]
    public void Safe_non_negative_integers_become_their_decimal_text(double value, string expected)
    {
        Assert.That(KafkaOffset.TryCanonicalize(value, out var canonical), Is.True);
        Assert.That(canonical, Is.EqualTo(expected));
    }

    [TestCase(-1d)]
    [TestCase(1.5)]
    [TestCase(9_007_199_254_740_992d)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Negative_fractional_and_unsafe_numbers_are_rejected(double value)
    {
        Assert.That(KafkaOffset.TryCanonicalize(value, out _), Is.False);
    }

    [Test]
    public void The_json_number_9007199254740993_parses_to_two_to_the_53_and_is_rejected()
    {
        var parsed = System.Text.Json.JsonDocument.Parse("9007199254740993").RootElement.GetDouble();

        Assert.That(KafkaOffset.TryCanonicalize(parsed, out _), Is.False);
    }
}
