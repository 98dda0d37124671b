using System.Text.Json.Nodes;
using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Plans;

/// <summary>
/// Every case of <c>errors-dry-run.json</c> through HTTP. The reference's 500s are answered as decided in
/// 00-port-decisions.md: P1 (non-object body → 400 bad_request), P3 (duplicate ids → 400), P4 (unparseable ServiceNow
/// time → 400). Nothing is ever stored.
/// </summary>
public sealed class DryRunErrorVectorTests : ApiTestBase
{
    /// <summary>The decided answers where the reference returned 500.</summary>
    private static readonly Dictionary<string, string> DecidedInsteadOf500 = new()
    {
        ["body-json-null"] = """{"error":"bad_request","message":"request body must be a JSON object"}""",
        ["body-json-number"] = """{"error":"bad_request","message":"request body must be a JSON object"}""",
        ["duplicate-row_id"] = """{"error":"invalid_request","message":"rows must have unique row_id values"}""",
        ["duplicate-media-candidate_id"] =
            """{"error":"invalid_request","message":"media_candidates must have unique candidate_id values"}""",
        ["pit-candidate-unparseable-hour"] =
            """{"error":"invalid_request","message":"pit_candidates[0].versions[0]: must be a parseable ServiceNow timestamp"}""",
    };

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var node in PlanVectors.Load("errors-dry-run.json")["cases"]!.AsArray())
        {
            var label = node!["label"]!.GetValue<string>();
            yield return new TestCaseData(label).SetName($"Error vector {label}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task The_error_vector_answers_as_specified(string label)
    {
        var file = PlanVectors.Load("errors-dry-run.json");
        var vectorCase = file["cases"]!.AsArray().Single(c => c!["label"]!.GetValue<string>() == label)!.AsObject();
        var setup = file["setup"]!.AsObject();
        var now = PlanVectors.Now(setup);
        Factory.Clock.UtcNow = now;
        await PlanVectors.SeedIndexAsync(Database, setup["restore_index_rows"]!.AsArray());

        var response = await SendAsync(Request(HttpMethod.Post, "/v1/plans/dry-run", PlanVectors.Body(vectorCase),
            bearer: PlanVectors.Token(setup["token_claims"], now)));

        var expected = vectorCase["expected"]!.AsObject();
        if (DecidedInsteadOf500.TryGetValue(label, out var decided))
        {
            Assert.That(expected["status"]!.GetValue<int>(), Is.EqualTo(500), "the reference answered 500 here");
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(response.Compact, Is.EqualTo(JsonNode.Parse(decided)!.ToJsonString()));
        }
        else
        {
            Assert.That(response.Status, Is.EqualTo(expected["status"]!.GetValue<int>()), response.Text);
            Assert.That(JsonNode.DeepEquals(response.Json, expected["body"]), Is.True,
                $"actual {response.Compact}\nexpected {expected["body"]!.ToJsonString()}");
        }

        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_dry_run_plans"), Is.Zero);
    }
}
