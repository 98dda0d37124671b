using System.Globalization;
using System.Text;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// ECMAScript Number::toString for finite doubles, as <c>JSON.stringify</c> writes numbers (canonical JSON,
/// spec 03 §10.1). The plan-hash input holds only safe integers, for which this is plain decimal digits; other
/// forms appear in the evidence canonical-json vectors.
/// </summary>
internal static class JavaScriptNumber
{
    public static string ToText(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null"; // JSON.stringify writes NaN and ±Infinity as null.
        }

        if (value == 0)
        {
            return "0"; // also -0
        }

        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var text = new StringBuilder(value < 0 ? "-" : string.Empty);
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(exponent < 0 ? '-' : '+')
                .Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// The shortest round-trip digits s (no leading or trailing zeros) and the exponent n with
    /// value = 0.s × 10^n, taken from .NET's shortest round-trip text.
    /// </summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        var r = positive.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? r : r[..e];
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var digits = dot < 0 ? mantissa : integerPart + mantissa[(dot + 1)..];
        var n = integerPart.Length + exponent;

        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), n - leadingZeros);
    }
}
