using System.Text.Json.Nodes;
using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Plans;

/// <summary>
/// Every successful vector of <c>shared/vectors/plan-hash</c> replayed through HTTP: status and the whole body, the
/// exact canonical text that was hashed (as stored), the hash, and an identical GET afterwards.
/// </summary>
public sealed class PlanHashVectorTests : ApiTestBase
{
    private static IEnumerable<string> Vectors() => PlanVectors.SuccessFiles();

    [TestCaseSource(nameof(Vectors))]
    public async Task The_vector_reproduces_byte_for_byte(string file)
    {
        var vector = PlanVectors.Load(file);
        var setup = vector["setup"]!.AsObject();
        var expected = vector["expected"]!.AsObject();
        var now = PlanVectors.Now(setup);
        Factory.Clock.UtcNow = now;
        await PlanVectors.SeedIndexAsync(Database, setup["restore_index_rows"]!.AsArray());
        var token = PlanVectors.Token(setup["token_claims"], now);

        var created = await SendAsync(Request(HttpMethod.Post, "/v1/plans/dry-run", PlanVectors.Body(vector), bearer: token));

        Assert.That(created.Status, Is.EqualTo(expected["status"]!.GetValue<int>()), created.Text);
        Assert.That(JsonNode.DeepEquals(created.Json, expected["response"]), Is.True,
            $"response differs:\nactual   {created.Compact}\nexpected {expected["response"]!.ToJsonString()}");

        var planId = expected["response"]!["plan"]!["plan_id"]!.GetValue<string>();
        var stored = await Database.ScalarAsync<string>(
            "SELECT plan_hash_input_canonical || '|' || plan_hash FROM rez_restore_index.restore_dry_run_plans WHERE plan_id = $1",
            planId);
        Assert.That(stored, Is.EqualTo(expected["canonical_json"]!.GetValue<string>() + "|" + expected["plan_hash"]!.GetValue<string>()));

        var fetched = await SendAsync(Request(HttpMethod.Get, "/v1/plans/" + Uri.EscapeDataString(planId), bearer: token));
        Assert.That(fetched.Status, Is.EqualTo(200));
        Assert.That(JsonNode.DeepEquals(fetched.Json, expected["response"]), Is.True, "GET returns the identical body");
    }
}
