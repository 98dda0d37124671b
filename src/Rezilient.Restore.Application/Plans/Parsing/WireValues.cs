using System.Globalization;
using System.Text.Json;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>Lower bound of an "int" member (spec 03 §4.2: <c>&gt;=0</c> or <c>&gt;0</c>).</summary>
internal enum IntBound
{
    NonNegative,
    Positive,
}

/// <summary>
/// Reads one JSON value as a wire type of spec 03 §5.12. Each method returns the issue text, or null when the value
/// is valid; <c>null</c> for <c>value</c> means the member is absent (the reference's <c>undefined</c>).
/// </summary>
internal static class WireValues
{
    public const long MaxSafeInteger = 9007199254740991;

    public static string TypeName(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "undefined",
    };

    /// <summary>A JSON string that is valid UTF-16 and has no U+0000 (spec 03 §17-13, §17-15).</summary>
    public static string? ReadString(JsonElement? value, out string text)
    {
        text = string.Empty;
        if (value is not { ValueKind: JsonValueKind.String } element)
        {
            return IssueText.Expected("string", TypeName(value));
        }

        return Decode(element, out text);
    }

    public static string? ReadNonEmptyString(JsonElement? value, out string text) =>
        ReadString(value, out text) ?? (text.Length == 0 ? IssueText.EmptyString : null);

    /// <summary>An enum or literal: any other value, absent included, is an invalid option.</summary>
    public static string? ReadOption(JsonElement? value, IReadOnlyList<string> options, out string text)
    {
        text = string.Empty;
        if (value is not { ValueKind: JsonValueKind.String } element)
        {
            return IssueText.InvalidOption(options);
        }

        var issue = Decode(element, out text);
        return issue ?? (options.Contains(text, StringComparer.Ordinal) ? null : IssueText.InvalidOption(options));
    }

    /// <summary>
    /// "int": a number whose double value is integral and within ±(2^53−1), so <c>128.0</c>, <c>1.28e2</c> and
    /// <c>-0</c> are accepted (spec 03 §5). The integral check precedes the bound, as in the reference.
    /// </summary>
    public static string? ReadInt(JsonElement? value, IntBound bound, out long number)
    {
        number = 0;
        if (value is not { ValueKind: JsonValueKind.Number } element)
        {
            return IssueText.Expected("number", TypeName(value));
        }

        if (!element.TryGetDouble(out var real) || !double.IsFinite(real))
        {
            // 1e400 is Infinity for the reference, which its number type rejects as such.
            return IssueText.Expected("number", "number");
        }

        if (Math.Floor(real) != real)
        {
            return IssueText.NotInt;
        }

        if (Math.Abs(real) > MaxSafeInteger)
        {
            return real > 0 ? IssueText.IntTooBig : IssueText.IntTooSmall;
        }

        number = (long)real; // -0 becomes 0
        return bound switch
        {
            IntBound.NonNegative when number < 0 => IssueText.Negative,
            IntBound.Positive when number <= 0 => IssueText.NotPositive,
            _ => null,
        };
    }

    public static string? ReadBoolean(JsonElement? value, out bool flag)
    {
        flag = value?.ValueKind == JsonValueKind.True;
        return value?.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? null
            : IssueText.Expected("boolean", TypeName(value));
    }

    public static string? ReadIsoDateTime(JsonElement? value, out string text) =>
        ReadString(value, out text) ?? (WireFormats.IsIsoDateTime(text) ? null : IssueText.IsoDateTime);

    /// <summary>The ServiceNow pattern, then (decision P4) readability by the PIT comparison's lenient parser.</summary>
    public static string? ReadServiceNowTimestamp(JsonElement? value, out string text)
    {
        var issue = ReadString(value, out text);
        if (issue is not null)
        {
            return issue;
        }

        if (!WireFormats.IsServiceNowTimestamp(text))
        {
            return IssueText.ServiceNowTimestamp;
        }

        return WireFormats.IsParseableServiceNowTimestamp(text) ? null : IssueText.UnparseableServiceNowTimestamp;
    }

    /// <summary>
    /// An offset: a digits-only string or a safe non-negative integer number, as its canonical decimal string.
    /// Every other value, absent included, gets the offset message.
    /// </summary>
    public static string? ReadOffset(JsonElement? value, out string canonical)
    {
        canonical = string.Empty;
        switch (value?.ValueKind)
        {
            case JsonValueKind.String:
                return Decode(value.Value, out var text)
                    ?? (WireFormats.TryCanonicalOffset(text, out canonical) ? null : IssueText.Offset);
            case JsonValueKind.Number:
                if (value.Value.TryGetDouble(out var real) && real >= 0 && real <= MaxSafeInteger && Math.Floor(real) == real)
                {
                    canonical = ((long)real).ToString(CultureInfo.InvariantCulture);
                    return null;
                }

                return IssueText.Offset;
            default:
                return IssueText.Offset;
        }
    }

    /// <summary>A SHA-256 hex digest, lower-cased.</summary>
    public static string? ReadSha256Hex(JsonElement? value, out string lower)
    {
        var issue = ReadString(value, out var text);
        lower = text.ToLowerInvariant();
        return issue ?? (WireFormats.IsSha256Hex(text) ? null : IssueText.Sha256Hex);
    }

    private static string? Decode(JsonElement element, out string text)
    {
        try
        {
            text = element.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape such as "\ud800" (spec 03 §17-15).
            text = string.Empty;
            return IssueText.InvalidUnicode;
        }

        return text.Contains('\0', StringComparison.Ordinal) ? IssueText.NulCharacter : null;
    }
}
