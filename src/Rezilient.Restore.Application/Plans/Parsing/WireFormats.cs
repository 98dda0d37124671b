using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>The string formats of spec 03 §5.12, as the parser asks for them; the rules live in Domain.</summary>
internal static class WireFormats
{
    public static bool IsIsoDateTime(string text) => IsoTimestamp.IsValid(text);

    public static bool IsServiceNowTimestamp(string text) => ServiceNowTimestamp.IsWellFormed(text);

    /// <summary>Readable by the lenient rules of spec 03 §12; decision P4 turns the unreadable ones into a 400.</summary>
    public static bool IsParseableServiceNowTimestamp(string text) =>
        ServiceNowTimestamp.TryParseLenientMilliseconds(text, out _);

    public static bool TryCanonicalOffset(string text, out string canonical) => KafkaOffset.TryCanonicalize(text, out canonical);

    /// <summary>Exactly 64 characters of <c>[0-9a-fA-F]</c>.</summary>
    public static bool IsSha256Hex(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigit);
}
