using System.Globalization;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Kafka offsets as canonical decimal strings (spec 03 §5.12): any length is kept, so the text form is never
/// converted to a fixed-width integer.
/// </summary>
public static class KafkaOffset
{
    /// <summary>JavaScript's <c>Number.MAX_SAFE_INTEGER</c>, 2^53 − 1.</summary>
    public const double MaxSafeInteger = 9_007_199_254_740_991;

    /// <summary>ASCII digits only (at least one, leading zeros allowed); leading zeros are stripped.</summary>
    public static bool TryCanonicalize(string? digits, out string canonical)
    {
        canonical = string.Empty;
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var trimmed = digits.TrimStart('0');
        canonical = trimmed.Length == 0 ? "0" : trimmed;
        return true;
    }

    /// <summary>
    /// A JSON number after double parsing: an integer with 0 ≤ n ≤ 2^53 − 1 (so 9007199254740993, which parses
    /// to 2^53, is rejected). -0 is the integer 0.
    /// </summary>
    public static bool TryCanonicalize(double value, out string canonical)
    {
        canonical = string.Empty;
        if (!double.IsFinite(value) || Math.Floor(value) != value || value < 0 || value > MaxSafeInteger)
        {
            return false;
        }

        canonical = ((long)value).ToString(CultureInfo.InvariantCulture);
        return true;
    }
}
