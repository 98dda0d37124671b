using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>
/// Validates one strict JSON object member by member, in the order the caller reads them (spec 03 §4.2 rule 3), and
/// builds its normalised copy in <see cref="Output"/>. Every read is a no-op once any issue exists, so a parser is a
/// straight list of reads followed by <see cref="RejectUnknownMembers"/> and its cross-field <see cref="Rule"/>s.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonMemberMap members;
    private readonly HashSet<string> known;
    private readonly ValidationIssues issues;
    private readonly string prefix;

    private JsonObjectReader(JsonMemberMap members, IEnumerable<string> known, string prefix, ValidationIssues issues)
    {
        this.members = members;
        this.known = new HashSet<string>(known, StringComparer.Ordinal);
        this.prefix = prefix;
        this.issues = issues;
    }

    public JsonObject Output { get; } = [];

    public bool Failed => issues.Any;

    /// <summary>Opens <paramref name="value"/> as an object with the declared member names; null after an issue.</summary>
    public static JsonObjectReader? Open(JsonElement? value, string prefix, ValidationIssues issues, IEnumerable<string> known)
    {
        if (issues.Any)
        {
            return null;
        }

        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            issues.Report(prefix, IssueText.Expected("object", WireValues.TypeName(value)));
            return null;
        }

        return new JsonObjectReader(JsonMemberMap.From(element), known, prefix, issues);
    }

    public bool Has(string name) => members.Has(name);

    public JsonElement? Raw(string name) => members.Get(name);

    public string? String(string name, bool required = true) =>
        TryRead<string>(name, required, WireValues.ReadNonEmptyString, Text, out var text) ? text : null;

    public string? Option(string name, IReadOnlyList<string> options, bool required = true) =>
        TryRead(name, required, (JsonElement? value, out string option) => WireValues.ReadOption(value, options, out option), Text, out var text)
            ? text
            : null;

    public string? IsoDateTime(string name, bool required = true) =>
        TryRead<string>(name, required, WireValues.ReadIsoDateTime, Text, out var text) ? text : null;

    public string? ServiceNowTimestamp(string name, bool required = true) =>
        TryRead<string>(name, required, WireValues.ReadServiceNowTimestamp, Text, out var text) ? text : null;

    public string? Offset(string name, bool required = true) =>
        TryRead<string>(name, required, WireValues.ReadOffset, Text, out var text) ? text : null;

    public string? Sha256Hex(string name, bool required = true) =>
        TryRead<string>(name, required, WireValues.ReadSha256Hex, Text, out var text) ? text : null;

    public long? Int(string name, IntBound bound, bool required = true) =>
        TryRead(name, required, (JsonElement? value, out long n) => WireValues.ReadInt(value, bound, out n), n => JsonValue.Create(n), out var number)
            ? number
            : null;

    public bool? Boolean(string name, bool required = true) =>
        TryRead<bool>(name, required, WireValues.ReadBoolean, flag => JsonValue.Create(flag), out var flag) ? flag : null;

    /// <summary>An array of non-empty strings with at least one item.</summary>
    public void StringArray(string name, bool required = true)
    {
        var items = Array(name, required, nonEmpty: true);
        if (items is null)
        {
            return;
        }

        var output = new JsonArray();
        foreach (var item in items)
        {
            if (!Check(WireValues.ReadNonEmptyString(item, out var text)))
            {
                return;
            }

            output.Add(Text(text));
        }

        Output[name] = output;
    }

    /// <summary>
    /// A fixed tuple of literals (<c>tie_breaker</c>). As in the reference, "too small" is only reported below
    /// length − 1; an array one short fails on its missing last literal instead.
    /// </summary>
    public void LiteralTuple(string name, IReadOnlyList<string> literals)
    {
        if (Failed)
        {
            return;
        }

        var value = members.Get(name);
        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            Check(IssueText.Expected("tuple", WireValues.TypeName(value)));
            return;
        }

        var length = array.GetArrayLength();
        if (length > literals.Count || length < literals.Count - 1)
        {
            Check(length > literals.Count ? IssueText.TupleTooBig(literals.Count) : IssueText.TupleTooSmall(literals.Count));
            return;
        }

        for (var i = 0; i < literals.Count; i++)
        {
            JsonElement? item = i < length ? array[i] : null;
            if (!Check(WireValues.ReadOption(item, [literals[i]], out _)))
            {
                return;
            }
        }

        Output[name] = new JsonArray([.. literals.Select(Text)]);
    }

    /// <summary>An array member's items, unvalidated (their content is checked later, under their own prefix).</summary>
    public IReadOnlyList<JsonElement>? Array(string name, bool required, bool nonEmpty)
    {
        if (Failed)
        {
            return null;
        }

        var value = members.Get(name);
        if (value is null && !required)
        {
            return null;
        }

        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            Check(IssueText.Expected("array", WireValues.TypeName(value)));
            return null;
        }

        var items = array.EnumerateArray().ToList();
        return Check(nonEmpty && items.Count == 0 ? IssueText.EmptyArray : null) ? items : null;
    }

    /// <summary>A nested strict object, validated in place; its output is attached here at once.</summary>
    public JsonObjectReader? Object(string name, bool required, IEnumerable<string> knownMembers)
    {
        if (Failed || (!required && !members.Has(name)))
        {
            return null;
        }

        var child = Open(members.Get(name), prefix, issues, knownMembers);
        if (child is not null)
        {
            Output[name] = child.Output;
        }

        return child;
    }

    /// <summary>Reports the members that were not declared (all of them in one issue), after the declared ones.</summary>
    public void RejectUnknownMembers()
    {
        if (Failed)
        {
            return;
        }

        var unknown = members.UnknownNames(known);
        if (unknown.Count == 0)
        {
            return;
        }

        // A name that is not valid Unicode or holds NUL is reported as such rather than echoed.
        var badName = unknown.FirstOrDefault(n => n is null || n.Contains('\0', StringComparison.Ordinal), string.Empty);
        Check(badName switch
        {
            null => IssueText.InvalidUnicode,
            { Length: > 0 } => IssueText.NulCharacter,
            _ => IssueText.Unrecognized([.. unknown.Select(n => n!)]),
        });
    }

    /// <summary>A cross-field rule: reported only when everything before it is valid.</summary>
    public void Rule(bool holds, string message)
    {
        if (!holds)
        {
            Check(message);
        }
    }

    private delegate string? ValueReader<T>(JsonElement? value, out T result);

    private bool TryRead<T>(string name, bool required, ValueReader<T> reader, Func<T, JsonNode> node, out T result)
    {
        result = default!;
        if (Failed)
        {
            return false;
        }

        var value = members.Get(name);
        if ((value is null && !required) || !Check(reader(value, out result)))
        {
            return false;
        }

        Output[name] = node(result);
        return true;
    }

    private static JsonNode Text(string text) => JsonValue.Create(text)!;

    private bool Check(string? issue)
    {
        if (issue is null)
        {
            return !Failed;
        }

        issues.Report(prefix, issue);
        return false;
    }
}
