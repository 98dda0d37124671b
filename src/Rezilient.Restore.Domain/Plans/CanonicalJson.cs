using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// The reference's canonical JSON (spec 03 §10.1): sorted members, no whitespace, <c>JSON.stringify</c> string
/// escaping and number text. Hand-written because System.Text.Json's encoder escapes differently. Absence is a
/// member not being present; a member whose value is a null node is written as <c>null</c>.
/// </summary>
public static class CanonicalJson
{
    // JavaScript array-index keys: canonical integers below 2^32 − 1 (spec 03 §10.2).
    private const ulong ArrayIndexLimit = 4_294_967_295;

    public static string Serialize(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    /// <summary>Lower-case hex SHA-256 over the UTF-8 bytes of the canonical text (spec 03 §10.1 step 7).</summary>
    public static string Sha256Hex(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteObject(text, obj);
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    Write(text, array[i]);
                }

                text.Append(']');
                break;
            default:
                WriteValue(text, node.AsValue());
                break;
        }
    }

    private static void WriteObject(StringBuilder text, JsonObject obj)
    {
        // JavaScript emits array-index keys first in numeric order whatever the sort said; the rest keep the
        // stable comparator order.
        var members = obj.ToList();
        var indexKeys = members.Where(m => IsArrayIndex(m.Key))
            .OrderBy(m => ulong.Parse(m.Key, NumberStyles.None, CultureInfo.InvariantCulture));
        var otherKeys = RestoreCollation.StableSort(members.Where(m => !IsArrayIndex(m.Key)), m => m.Key);

        text.Append('{');
        var first = true;
        foreach (var member in indexKeys.Concat(otherKeys))
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            WriteString(text, member.Key);
            text.Append(':');
            Write(text, member.Value);
        }

        text.Append('}');
    }

    private static void WriteValue(StringBuilder text, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(text, ReadString(value));
                break;
            case JsonValueKind.Number:
                var number = double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                text.Append(JavaScriptNumber.ToText(number));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Object or JsonValueKind.Array:
                // A value wrapping an element or a POCO: canonicalise its JSON form.
                Write(text, JsonNode.Parse(value.ToJsonString()));
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static string ReadString(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            // A parsed value: decoded by hand because System.Text.Json will not unescape an unpaired surrogate.
            return JsonStringLiteral.Decode(element.GetRawText());
        }

        if (value.TryGetValue<string>(out var s))
        {
            return s;
        }

        // Other CLR values (char, Guid, dates…): read their JSON form back.
        using var document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.GetString() ?? string.Empty;
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (c < ' ')
                    {
                        AppendEscape(text, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendEscape(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private static void AppendEscape(StringBuilder text, char c) =>
        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    private static bool IsArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key[0] == '0' && key.Length > 1) || !key.All(char.IsAsciiDigit))
        {
            return false;
        }

        return ulong.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture) < ArrayIndexLimit;
    }
}
