using System.Text.Json.Nodes;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>The parser answers every input with a request or an issue, never an exception.</summary>
public sealed class DryRunRobustnessTests
{
    private static readonly string[] Replacements =
        ["null", "0", "-0", "-1", "1.5", "1e400", "true", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "[]", "[null]", "{}", "{\"\\udc00\":1}"];

    [TestCase("v09-all-blockers-delete-wins.json")]
    [TestCase("v13-stale-preview-only-with-approval-and-pit.json")]
    public void Replacing_any_value_of_a_valid_request_never_throws(string file)
    {
        var request = PlanHashVectors.Load(file)["request"]!;
        var paths = new List<string>();
        Collect(request, string.Empty, paths);
        var parses = 0;

        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                var copy = request.DeepClone();
                Replace(copy, path, "@@");
                var text = copy.ToJsonString().Replace("\"@@\"", replacement, StringComparison.Ordinal);

                var result = DryRunBodies.ParseText(text);

                Assert.That(result.IsValid || !string.IsNullOrEmpty(result.Issue), Is.True, $"{path} := {replacement}");
                parses++;
            }
        }

        Assert.That(parses, Is.GreaterThan(500));
    }

    // Paths as "a/b/0/c"; every node except the root.
    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        if (path.Length > 0)
        {
            paths.Add(path);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, $"{path}/{name}", paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}/{i}", paths);
                }

                break;
        }
    }

    private static void Replace(JsonNode root, string path, string value)
    {
        var steps = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = root;
        foreach (var step in steps[..^1])
        {
            parent = parent is JsonArray list ? list[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        if (parent is JsonArray array)
        {
            array[int.Parse(steps[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[steps[^1]] = value;
        }
    }
}
