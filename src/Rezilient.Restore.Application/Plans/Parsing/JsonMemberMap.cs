using System.Text.Json;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>
/// The members of a JSON object as the reference sees them after <c>JSON.parse</c>: a repeated name keeps its first
/// position and its last value (spec 03 §3.5), and unknown names are listed in JavaScript property order.
/// </summary>
internal sealed class JsonMemberMap
{
    private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);

    // Names in first-occurrence order; null stands for a name that is not valid UTF-16 (spec 03 §17-15).
    private readonly List<string?> order = [];

    private JsonMemberMap()
    {
    }

    public static JsonMemberMap From(JsonElement obj)
    {
        var map = new JsonMemberMap();
        foreach (var property in obj.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                map.order.Add(null);
                continue;
            }

            if (!map.values.ContainsKey(name))
            {
                map.order.Add(name);
            }

            map.values[name] = property.Value;
        }

        return map;
    }

    public JsonElement? Get(string name) => values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>
    /// Names outside <paramref name="known"/>, in JavaScript enumeration order: array-index names ascending first,
    /// then the others in insertion order. That is the order the reference lists them in.
    /// </summary>
    public IReadOnlyList<string?> UnknownNames(IReadOnlySet<string> known)
    {
        var unknown = order.Where(name => name is null || !known.Contains(name)).ToList();
        var indexNames = unknown.Where(IsArrayIndex).OrderBy(name => uint.Parse(name!, System.Globalization.CultureInfo.InvariantCulture));
        return [.. indexNames, .. unknown.Where(name => !IsArrayIndex(name))];
    }

    // ECMAScript array index: canonical decimal below 2^32 - 1.
    private static bool IsArrayIndex(string? name) =>
        name is { Length: > 0 and <= 10 }
        && name.All(char.IsAsciiDigit)
        && (name.Length == 1 || name[0] != '0')
        && ulong.Parse(name, System.Globalization.CultureInfo.InvariantCulture) < uint.MaxValue;
}
