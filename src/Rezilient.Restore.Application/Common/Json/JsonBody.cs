using System.Text.Json;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Common.Json;

/// <summary>
/// A request body as parsed JSON: an object, or an array (spec 01 §7.5 hands arrays to endpoint validation).
/// Validators inspect JSON types exactly (<c>"true"</c> is not a boolean), which a typed DTO could not.
/// </summary>
public sealed class JsonBody
{
    private JsonBody(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    /// <summary>Wraps an already-parsed object or array. Other kinds are rejected by the body reader (decision P1).</summary>
    public static JsonBody From(JsonElement root) =>
        root.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? new JsonBody(root.Clone())
            : throw new ArgumentException("A request body must be a JSON object or array.", nameof(root));

    public static JsonBody Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    /// <summary>The member's value, when the body is an object that has it; otherwise null (absent).</summary>
    public JsonElement? Member(string name) =>
        Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty(name, out var value) ? value : null;

    public bool Has(string name) => Member(name) is not null;

    public bool IsBoolean(string name) => Member(name)?.ValueKind is JsonValueKind.True or JsonValueKind.False;

    /// <summary>
    /// A JSON string the service can store: not one with U+0000 (PostgreSQL text cannot hold it) and not one with an
    /// unpaired surrogate escape (not valid Unicode). Such strings count as "not a string", so they are a 400.
    /// </summary>
    public bool IsString(string name) => StringOrNull(name) is not null;

    /// <summary>A JSON string whose trimmed value is not empty (the spec's "non-empty string").</summary>
    public bool IsNonEmptyString(string name) => StringOrNull(name) is { } text && !EcmaScriptWhitespace.IsBlank(text);

    public bool GetBoolean(string name) => Member(name)!.Value.GetBoolean();

    /// <summary>The member as a string, exactly as sent; null when absent, not a string, or not storable (see <see cref="IsString"/>).</summary>
    public string? StringOrNull(string name)
    {
        if (Member(name) is not { ValueKind: JsonValueKind.String } value)
        {
            return null;
        }

        try
        {
            var text = value.GetString();
            return text is null || text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (InvalidOperationException)
        {
            // An unpaired surrogate escape (e.g. "\ud800") cannot be transcoded.
            return null;
        }
    }

    /// <summary>The member's trimmed string value; empty when absent or not a string.</summary>
    public string GetTrimmedString(string name) => StringOrNull(name) is { } text ? EcmaScriptWhitespace.Trim(text) : string.Empty;
}
