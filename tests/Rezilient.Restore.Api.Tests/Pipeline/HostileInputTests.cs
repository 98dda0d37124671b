using System.Text.Json.Nodes;
using Rezilient.Restore.Api.Tests.Jobs;
using Rezilient.Restore.Api.Tests.Plans;

namespace Rezilient.Restore.Api.Tests.Pipeline;

/// <summary>
/// "Bad input gets a clear 4xx and changes nothing; no request may produce a 500." Every leaf of a rich dry-run request
/// (vector v13) and of a job request is replaced, one at a time, by hostile values; no answer may be a 500.
/// </summary>
public sealed class HostileInputTests : JobsTestBase
{
    private static readonly string[] HostileValues =
    [
        "null", "true", "-1", "1.5", "1e400", "9007199254740993", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"",
        "\"2026-02-30 25:61:61\"", "[]", "{}", "[null]", $"\"{new string('x', 5000)}\"", $"\"{Incompressible(3000)}\"",
    ];

    /// <summary>Random CJK text: it does not compress, so it reaches index size limits that repeated characters do not.</summary>
    private static string Incompressible(int length)
    {
        var random = new Random(42);
        return new string([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x9FFF))]);
    }

    private static IEnumerable<(string Path, Action<JsonNode?> Replace)> Leaves(JsonNode node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    yield return ($"{path}.{name}", value => obj[name] = value);
                    if (child is JsonObject or JsonArray)
                    {
                        foreach (var leaf in Leaves(child, $"{path}.{name}"))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    yield return ($"{path}[{i}]", value => array[index] = value);
                    if (array[i] is JsonObject or JsonArray)
                    {
                        foreach (var leaf in Leaves(array[i]!, $"{path}[{i}]"))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
        }
    }

    private const string Placeholder = "__hostile_value__";

    /// <param name="prepare">Adjusts each copy before the mutation (e.g. a fresh plan id).</param>
    private static async Task<List<string>> FiveHundredsAsync(
        JsonObject template, Func<string, Task<int>> send, Action<JsonObject>? prepare = null)
    {
        var baseline = template.DeepClone().AsObject();
        prepare?.Invoke(baseline);
        Assert.That(await send(baseline.ToJsonString()), Is.LessThan(300), "the unmutated request is accepted");

        var failures = new List<string>();
        var paths = Leaves(template.DeepClone()).Select(l => l.Path).ToList();
        foreach (var path in paths)
        {
            foreach (var hostile in HostileValues)
            {
                var copy = template.DeepClone().AsObject();
                prepare?.Invoke(copy);
                Leaves(copy).Single(l => l.Path == path).Replace(Placeholder);

                // Substituted as text: some hostile values (a lone surrogate) cannot be written by a JSON serializer.
                var body = copy.ToJsonString().Replace($"\"{Placeholder}\"", hostile, StringComparison.Ordinal);
                if (await send(body) >= 500)
                {
                    failures.Add($"{path} = {hostile[..Math.Min(hostile.Length, 30)]}");
                }
            }
        }

        return failures;
    }

    [Test]
    public async Task No_mutation_of_a_dry_run_request_is_a_500()
    {
        var request = PlanVectors.Load("v13-stale-preview-only-with-approval-and-pit.json")["request"]!.AsObject();
        var i = 0;

        var failures = await FiveHundredsAsync(
            request,
            async body => (await Api.SendAsync(HttpMethod.Post, "/v1/plans/dry-run", JobsApi.Acme, body)).Status,
            copy => copy["plan_id"] = $"hostile-{i++}");

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task No_mutation_of_a_job_request_or_completion_is_a_500()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var request = JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident");
        request["approval"] = JsonNode.Parse(
            """{"approval_required":true,"approval_state":"requested","approval_requested_at":"2026-02-16T12:00:00.000Z","approval_snapshot_hash":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","approval_placeholder_mode":"mvp_not_enforced"}""");

        var key = 0;
        var createFailures = await FiveHundredsAsync(request, async body =>
            (await Api.SendAsync(HttpMethod.Post, "/v1/jobs", JobsApi.Acme, body, idempotencyKey: $"hostile-{key++}")).Status);

        // Each completion goes to a fresh running job, so valid mutations really complete one.
        var completeFailures = await FiveHundredsAsync(JsonNode.Parse("""{"status":"failed","reason_code":"none"}""")!.AsObject(),
            async body =>
            {
                var job = await Api.CreateJobIdAsync("plan-1", hash, "incident");
                var status = (await Api.SendAsync(HttpMethod.Post, $"/v1/jobs/{job}/complete", JobsApi.Acme, body)).Status;
                if (await Api.StatusAsync(job) != "failed")
                {
                    await Api.CompleteAsync(job); // free the table for the next mutation
                }

                return status;
            });

        Assert.That(createFailures.Concat(completeFailures), Is.Empty);
    }
}
