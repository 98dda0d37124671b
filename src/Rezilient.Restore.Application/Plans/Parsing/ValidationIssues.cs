namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>
/// Keeps the first issue only (spec 03 §4.2: one message per response). Once an issue is recorded every further read
/// is a no-op, so parsers can run straight through without branching on each member.
/// </summary>
internal sealed class ValidationIssues
{
    public string? First { get; private set; }

    public bool Any => First is not null;

    /// <summary>Records <paramref name="text"/> unless an earlier issue exists; an empty prefix means top level.</summary>
    public void Report(string prefix, string text) =>
        First ??= prefix.Length == 0 ? text : $"{prefix}: {text}";
}

/// <summary>The issue texts of spec 03 §4.2 and §5 (the reference's validation-library wording, decisions P3/P4).</summary>
internal static class IssueText
{
    public const string EmptyString = "Too small: expected string to have >=1 characters";
    public const string EmptyArray = "Too small: expected array to have >=1 items";
    public const string Negative = "Too small: expected number to be >=0";
    public const string NotPositive = "Too small: expected number to be >0";
    public const string NotInt = "Invalid input: expected int, received number";
    public const string IntTooBig = "Too big: expected int to be <=9007199254740991";
    public const string IntTooSmall = "Too small: expected int to be >=-9007199254740991";
    public const string IsoDateTime = "must be ISO datetime (UTC Z) with second or millisecond precision";
    public const string ServiceNowTimestamp = "must be ServiceNow timestamp (YYYY-MM-DD HH:mm:ss)";
    public const string UnparseableServiceNowTimestamp = "must be a parseable ServiceNow timestamp";
    public const string Offset = "must be non-negative integer offset as decimal string";
    public const string Sha256Hex = "must be 64-char SHA-256 hex digest";
    public const string NulCharacter = "strings must not contain NUL characters";
    public const string InvalidUnicode = "strings must be valid Unicode";
    public const string DuplicateRowId = "rows must have unique row_id values";
    public const string DuplicateCandidateId = "media_candidates must have unique candidate_id values";

    public static string Expected(string expected, string received) =>
        $"Invalid input: expected {expected}, received {received}";

    /// <summary>A single allowed value reads as a literal, several as an enum (values in declaration order).</summary>
    public static string InvalidOption(IReadOnlyList<string> values) =>
        values.Count == 1
            ? $"Invalid input: expected \"{values[0]}\""
            : $"Invalid option: expected one of {string.Join('|', values.Select(Quote))}";

    public static string Unrecognized(IReadOnlyList<string> keys) =>
        $"Unrecognized key{(keys.Count > 1 ? "s" : string.Empty)}: {string.Join(", ", keys.Select(Quote))}";

    public static string TupleTooSmall(int length) => $"Too small: expected array to have >{length} items";

    public static string TupleTooBig(int length) => $"Too big: expected array to have <={length} items";

    private static string Quote(string value) => $"\"{value}\"";
}
