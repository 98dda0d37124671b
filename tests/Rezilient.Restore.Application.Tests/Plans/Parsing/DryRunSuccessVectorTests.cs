using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Plans.Parsing;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>
/// Parses the request of every successful dry-run vector and checks that the normalised pieces are exactly what the
/// reference hashed and returned (spec 03 §9 rule 1).
/// </summary>
public sealed class DryRunSuccessVectorTests
{
    private static IEnumerable<TestCaseData> Files() =>
        PlanHashVectors.SuccessFiles().Select(file => new TestCaseData(file).SetArgDisplayNames(file));

    [TestCaseSource(nameof(Files))]
    public void The_hashed_settings_objects_equal_the_vectors_plan_hash_input(string file)
    {
        var (request, response) = ParseVector(file);
        var hashInput = response["plan_hash_input"]!;

        AssertSameJson(request.Pit, hashInput["pit"], "pit");
        AssertSameJson(request.Scope, hashInput["scope"], "scope");
        AssertSameJson(request.ExecutionOptions, hashInput["execution_options"], "execution_options");
    }

    [TestCaseSource(nameof(Files))]
    public void The_rows_sorted_by_row_id_equal_the_vectors_hashed_rows(string file)
    {
        var (request, response) = ParseVector(file);
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var sorted = request.Rows
            .OrderBy(row => row.RowId, Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.None)))
            .Select(row => (JsonNode)row.Json.DeepClone());

        AssertSameJson(new JsonArray([.. sorted]), response["plan_hash_input"]!["rows"], "rows");
    }

    [TestCaseSource(nameof(Files))]
    public void The_candidates_conflicts_and_approval_equal_the_vectors_response(string file)
    {
        var (request, response) = ParseVector(file);

        AssertSameJson(JsonArrayOf(request.MediaCandidates.Select(c => c.Json)), response["media_candidates"], "media_candidates");
        AssertSameJson(JsonArrayOf(request.Conflicts.Select(c => c.Json)), response["plan"]!["conflicts"], "conflicts");
        AssertSameJson(JsonArrayOf(request.DeleteCandidates.Select(c => c.Json)), response["delete_candidates"], "delete_candidates");
        if (request.Approval is not null)
        {
            AssertSameJson(request.Approval, response["plan"]!["approval"], "approval");
        }
    }

    [TestCaseSource(nameof(Files))]
    public void The_request_watermarks_and_pit_candidates_are_kept_in_request_order(string file)
    {
        var vector = PlanHashVectors.Load(file);
        var (request, _) = ParseVector(file);
        var sent = vector["request"]!;

        var watermarks = sent["watermarks"]!.AsArray()
            .Select(w => (w!["topic"]!.GetValue<string>(), (long)w["partition"]!.GetValue<double>()));
        Assert.That(request.Watermarks, Is.EqualTo(watermarks));
        var pitRowIds = sent["pit_candidates"]?.AsArray().Select(c => c!["row_id"]!.GetValue<string>()) ?? [];
        Assert.That(request.PitCandidates.Select(c => c.RowId), Is.EqualTo(pitRowIds));
    }

    private static (DryRunRequest Request, JsonNode Response) ParseVector(string file)
    {
        var vector = PlanHashVectors.Load(file);
        var request = DryRunBodies.RequestOf(DryRunBodies.ParseText(PlanHashVectors.BodyText(vector)));
        return (request, vector["expected"]!["response"]!);
    }

    private static JsonArray JsonArrayOf(IEnumerable<JsonObject> items) => [.. items.Select(item => (JsonNode)item.DeepClone())];

    /// <summary>
    /// Deep equality, plus a check that every number is an integer node written as plain digits: DeepEquals alone
    /// would let <c>128.0</c> pass for <c>128</c>, and the canonical writer needs the integer.
    /// </summary>
    private static void AssertSameJson(JsonNode actual, JsonNode? expected, string what)
    {
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"{what}: {actual.ToJsonString()} vs {expected?.ToJsonString()}");
        AssertIntegersArePlain(actual, what);
    }

    private static void AssertIntegersArePlain(JsonNode? node, string what)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    AssertIntegersArePlain(child, what);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    AssertIntegersArePlain(child, what);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                Assert.That(value.TryGetValue<long>(out _), Is.True, $"{what}: {value.ToJsonString()} is not a long");
                Assert.That(value.ToJsonString(), Does.Match("^[0-9]+$"), what);
                break;
        }
    }
}
