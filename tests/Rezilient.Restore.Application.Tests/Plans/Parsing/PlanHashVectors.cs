using System.Text.Json.Nodes;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>Reads the golden files of <c>shared/vectors/plan-hash</c>, found by walking up from the test output.</summary>
internal static class PlanHashVectors
{
    public static string Folder { get; } = FindFolder();

    public static JsonNode Load(string fileName) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, fileName)))!;

    /// <summary>The successful dry-run files v01 … v14, in name order.</summary>
    public static IEnumerable<string> SuccessFiles() =>
        Directory.GetFiles(Folder, "v*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The exact body a case posted: <c>request_body_text</c> when given, else <c>request</c> serialised.</summary>
    public static string BodyText(JsonNode vector) =>
        vector["request_body_text"]?.GetValue<string>() ?? vector["request"]!.ToJsonString();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "vectors", "plan-hash");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/vectors/plan-hash not found above the test output directory");
    }
}
