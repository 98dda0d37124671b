using System.Globalization;
using System.Text.Json.Nodes;

namespace Rezilient.Restore.Domain.Tests.Plans;

/// <summary>
/// Reads the golden vectors from <c>shared/vectors</c>, found by walking up from the test output directory.
/// Domain tests reference no other test project, so the locator lives here.
/// </summary>
internal static class SharedVectors
{
    private static readonly Lazy<string> VectorsRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "vectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/vectors not found above " + AppContext.BaseDirectory);
    });

    public static JsonNode Load(params string[] parts) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine([VectorsRoot.Value, .. parts])))
        ?? throw new InvalidOperationException("empty vector file " + string.Join('/', parts));

    /// <summary>The successful dry-run vectors v01 … v14, by file name without extension.</summary>
    public static IReadOnlyList<string> PlanHashVectorNames() =>
        Directory.GetFiles(Path.Combine(VectorsRoot.Value, "plan-hash"), "v*.json")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static JsonNode PlanHashVector(string name) => Load("plan-hash", name + ".json");

    public static IEnumerable<TestCaseData> PlanHashVectorCases() =>
        PlanHashVectorNames().Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    public static string Text(this JsonNode? node) => node!.GetValue<string>();

    public static string? OptionalText(this JsonNode? node) => node?.GetValue<string>();

    public static DateTimeOffset Instant(this JsonNode? node) =>
        DateTimeOffset.Parse(node.Text(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
