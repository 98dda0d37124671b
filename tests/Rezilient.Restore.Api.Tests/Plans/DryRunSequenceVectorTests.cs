using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Plans;

/// <summary>
/// <c>sequence-idempotency-and-scope.json</c>: create, identical replay, replay with only non-hashed changes, a
/// different hash, scoped GETs, a percent-encoded id, the three 403s and the 401 — replayed in order on one service
/// and one plan store. The last step needs a service whose restore index is unreachable (see the next fixture).
/// </summary>
public sealed class DryRunSequenceVectorTests : ApiTestBase
{
    private const string File = "sequence-idempotency-and-scope.json";

    protected override IReadOnlyDictionary<string, string?> EnvironmentOverrides => new Dictionary<string, string?>
    {
        ["RRS_SOURCE_MAPPINGS_JSON"] = PlanVectors.Load(File)["setup"]!["source_mappings"]!.ToJsonString(),
    };

    [Test]
    public async Task The_sequence_replays_in_order()
    {
        var vector = PlanVectors.Load(File);
        var setup = vector["setup"]!.AsObject();
        var now = PlanVectors.Now(setup);
        Factory.Clock.UtcNow = now;
        await PlanVectors.SeedIndexAsync(Database, setup["restore_index_rows"]!.AsArray());

        foreach (var step in vector["steps"]!.AsArray().Select(s => s!.AsObject())
                     .Where(s => s["label"]!.GetValue<string>() != "restore-index-read-fails"))
        {
            var label = step["label"]!.GetValue<string>();
            var body = step["request"] is { } request ? request.ToJsonString() : null;
            var response = await SendAsync(Request(new HttpMethod(step["method"]!.GetValue<string>()),
                step["path"]!.GetValue<string>(), body, bearer: PlanVectors.Token(step["token_claims"], now)));

            var expected = step["expected"]!.AsObject();
            Assert.That(response.Status, Is.EqualTo(expected["status"]!.GetValue<int>()), $"{label}: {response.Text}");
            Assert.That(JsonNode.DeepEquals(response.Json, expected["body"]), Is.True,
                $"{label}:\nactual   {response.Compact}\nexpected {expected["body"]!.ToJsonString()}");
        }

        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_dry_run_plans"),
            Is.EqualTo(1), "only the first create stored a plan");
    }
}

/// <summary>The sequence's last step: a restore index that cannot be reached fails closed with 503 and stores nothing.</summary>
public sealed class DryRunIndexOutageTests : ApiTestBase
{
    protected override Action<IServiceCollection> ServiceOverrides => services =>
    {
        // A real connection failure: the index reader's data source points at a port nothing listens on.
        services.RemoveAll<NpgsqlDataSource>();
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder("Host=127.0.0.1;Port=1;Timeout=2").Build());
    };

    [Test]
    public async Task An_unreachable_restore_index_is_503_and_nothing_is_stored()
    {
        var vector = PlanVectors.Load("sequence-idempotency-and-scope.json");
        var step = vector["steps"]!.AsArray().Single(s => s!["label"]!.GetValue<string>() == "restore-index-read-fails")!;
        var now = PlanVectors.Now(vector["setup"]!.AsObject());
        Factory.Clock.UtcNow = now;

        var response = await SendAsync(Request(HttpMethod.Post, "/v1/plans/dry-run", step["request"]!.ToJsonString(),
            bearer: PlanVectors.Token(step["token_claims"], now)));

        Assert.That(response.Status, Is.EqualTo(503));
        Assert.That(response.Json["error"]!.GetValue<string>(), Is.EqualTo("restore_index_unavailable"));
        Assert.That(response.Json["reason_code"]!.GetValue<string>(), Is.EqualTo("blocked_freshness_unknown"));
        Assert.That(response.Json["message"]!.GetValue<string>(), Does.StartWith("authoritative restore index read failed: "));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_dry_run_plans"), Is.Zero);
    }
}
