using System.Text.Json.Nodes;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Api.Tests.Plans;

/// <summary>
/// Decision S2 (plan identity is tenant/instance/source/plan_id), atomic create under concurrency, restart survival,
/// and visibility from a second service instance on the same database.
/// </summary>
public sealed class PlanIdentityTests : ApiTestBase
{
    private static readonly RequestScope Beta = new("tenant-beta", "sn-beta-01", "sn://beta.service-now.com");

    protected override IReadOnlyDictionary<string, string?> EnvironmentOverrides => new Dictionary<string, string?>
    {
        ["RRS_SOURCE_MAPPINGS_JSON"] =
            """[{"tenant_id":"tenant-acme","instance_id":"sn-dev-01","source":"sn://acme-dev.service-now.com"},{"tenant_id":"tenant-beta","instance_id":"sn-beta-01","source":"sn://beta.service-now.com"}]""",
    };

    private static JsonObject V01Request(RequestScope scope, string planId = "plan-shared")
    {
        var request = PlanVectors.Load("v01-minimal-table-skip.json")["request"]!.AsObject();
        request["tenant_id"] = scope.TenantId;
        request["instance_id"] = scope.InstanceId;
        request["source"] = scope.Source;
        request["plan_id"] = planId;
        return request;
    }

    private async Task<ApiResponse> PostAsync(RequestScope scope, JsonObject request) =>
        await SendAsync(Request(HttpMethod.Post, "/v1/plans/dry-run", request.ToJsonString(), bearer: Token(scope)));

    [Test]
    public async Task The_same_plan_id_in_another_scope_is_another_plan()
    {
        var acme = await PostAsync(DemoScope, V01Request(DemoScope));
        var beta = await PostAsync(Beta, V01Request(Beta));

        Assert.That((acme.Status, beta.Status), Is.EqualTo((201, 201)), "neither reveals the other");
        Assert.That(await Database.ScalarAsync<long>(
            "SELECT count(*) FROM rez_restore_index.restore_dry_run_plans WHERE plan_id = 'plan-shared'"), Is.EqualTo(2));
        var betaGet = await SendAsync(Request(HttpMethod.Get, "/v1/plans/plan-shared", bearer: Token(Beta)));
        Assert.That(betaGet.Json["watermarks"]![0]!["tenant_id"]!.GetValue<string>(), Is.EqualTo("tenant-beta"));
    }

    [Test]
    public async Task A_different_hash_in_another_scope_is_not_a_conflict()
    {
        await PostAsync(DemoScope, V01Request(DemoScope));
        var other = V01Request(Beta);
        other["rows"]![0]!["row_id"] = "a-different-row";

        Assert.That((await PostAsync(Beta, other)).Status, Is.EqualTo(201));
    }

    [Test]
    public async Task Concurrent_creates_of_one_plan_store_it_once()
    {
        var request = V01Request(DemoScope, "plan-race");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(DemoScope, request)));

        Assert.That(responses.Count(r => r.Status == 201), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.Status == 200), Is.EqualTo(7));
        Assert.That(responses.Select(r => r.Json["plan"]!["generated_at"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(await Database.ScalarAsync<long>(
            "SELECT count(*) FROM rez_restore_index.restore_dry_run_plans WHERE plan_id = 'plan-race'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_plan_survives_a_restart_and_is_visible_to_another_instance()
    {
        var created = await PostAsync(DemoScope, V01Request(DemoScope, "plan-durable"));
        Assert.That(created.Status, Is.EqualTo(201));

        // Another host on the same database (a second replica, or this one after a restart).
        await using var replica = new RestoreApiFactory(Database, EnvironmentOverrides);
        using var client = replica.CreateClient();
        using var request = Request(HttpMethod.Get, "/v1/plans/plan-durable", bearer: Token());
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(JsonNode.DeepEquals(body, created.Json), Is.True);
    }

    [Test]
    public async Task A_registry_row_anchors_the_scope_of_every_plan()
    {
        await PostAsync(DemoScope, V01Request(DemoScope));

        Assert.That(await Database.ScalarAsync<string>(
            "SELECT source FROM rez_restore_index.source_registry WHERE tenant_id = 'tenant-acme' AND instance_id = 'sn-dev-01'"),
            Is.EqualTo(DemoScope.Source));
    }

    [Test]
    public async Task A_plan_id_too_long_for_the_index_is_400_not_500()
    {
        var random = new Random(7);
        var planId = new string([.. Enumerable.Range(0, 3200).Select(_ => (char)random.Next(0x4E00, 0x9FFF))]);

        var response = await PostAsync(DemoScope, V01Request(DemoScope, planId));

        Assert.That(response.Compact, Is.EqualTo("""{"error":"invalid_request","message":"plan_id must be at most 512 characters"}"""));
        Assert.That((await PostAsync(DemoScope, V01Request(DemoScope, new string('p', 512)))).Status, Is.EqualTo(201));
    }
}
