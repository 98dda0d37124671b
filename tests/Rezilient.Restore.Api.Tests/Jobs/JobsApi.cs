using System.Text.Json.Nodes;
using Npgsql;
using Rezilient.Restore.Api.Tests.Plans;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>
/// What a client of the job API does: make an executable dry-run plan touching some tables (decision J1), create
/// jobs for it, read and complete them. Works against any client of the service (several instances in one test).
/// </summary>
internal sealed class JobsApi(HttpClient client, TestDatabase database, TestClock clock)
{
    public static readonly RequestScope Acme = ApiTestBase.DemoScope;

    public static async Task SeedFreshIndexAsync(TestDatabase database, RequestScope scope, DateTimeOffset now)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO rez_restore_index.partition_watermarks VALUES
              (@t, @i, @s, 'rez.cdc', 1, 'gen-01', 100, @now, @now, @now, 'fresh', 'executable', 'none', @now)
            ON CONFLICT DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("t", scope.TenantId);
        command.Parameters.AddWithValue("i", scope.InstanceId);
        command.Parameters.AddWithValue("s", scope.Source);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Creates an executable plan whose rows touch <paramref name="tables"/>; returns its hash.</summary>
    public async Task<string> CreatePlanAsync(RequestScope scope, string planId, params string[] tables)
    {
        var request = PlanVectors.Load("v01-minimal-table-skip.json")["request"]!.AsObject();
        request["tenant_id"] = scope.TenantId;
        request["instance_id"] = scope.InstanceId;
        request["source"] = scope.Source;
        request["plan_id"] = planId;
        var template = request["rows"]![0]!;
        request["rows"] = new JsonArray([.. tables.Select((table, i) =>
        {
            var row = template.DeepClone().AsObject();
            row["row_id"] = $"row-{i:D2}";
            row["table"] = table;
            row["metadata"]!["metadata"]!["table"] = table;
            return (JsonNode)row;
        })]);
        var response = await SendAsync(HttpMethod.Post, "/v1/plans/dry-run", scope, request.ToJsonString());
        if (response.Status != 201 || response.Json["gate"]!["executability"]!.GetValue<string>() != "executable")
        {
            throw new InvalidOperationException($"plan {planId} not created executable: {response.Text}");
        }

        return response.Json["plan"]!["plan_hash"]!.GetValue<string>();
    }

    public static JsonObject JobRequest(RequestScope scope, string planId, string planHash, params string[] tables) => new()
    {
        ["tenant_id"] = scope.TenantId,
        ["instance_id"] = scope.InstanceId,
        ["source"] = scope.Source,
        ["plan_id"] = planId,
        ["plan_hash"] = planHash,
        ["lock_scope_tables"] = new JsonArray([.. tables.Select(t => (JsonNode)t)]),
        ["required_capabilities"] = new JsonArray("restore_execute"),
        ["requested_by"] = "operator@example.com",
    };

    public Task<ApiResponse> CreateJobAsync(JsonObject request, RequestScope? scope = null, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "/v1/jobs", scope ?? Acme, request.ToJsonString(), idempotencyKey);

    /// <summary>Creates a job and returns its id (asserting 201).</summary>
    public async Task<string> CreateJobIdAsync(string planId, string planHash, params string[] tables)
    {
        var response = await CreateJobAsync(JobRequest(Acme, planId, planHash, tables));
        return response.Status == 201
            ? response.Json["job"]!["job_id"]!.GetValue<string>()
            : throw new InvalidOperationException($"job not created: {response.Text}");
    }

    public Task<ApiResponse> GetJobAsync(string jobId, RequestScope? scope = null) =>
        SendAsync(HttpMethod.Get, $"/v1/jobs/{jobId}", scope ?? Acme);

    public Task<ApiResponse> CompleteAsync(string jobId, string body = """{"status":"completed"}""", RequestScope? scope = null) =>
        SendAsync(HttpMethod.Post, $"/v1/jobs/{jobId}/complete", scope ?? Acme, body);

    public async Task<string[]> PromotedAsync(string jobId)
    {
        var response = await CompleteAsync(jobId);
        return response.Status == 200
            ? [.. response.Json["promoted_job_ids"]!.AsArray().Select(n => n!.GetValue<string>())]
            : throw new InvalidOperationException($"complete failed: {response.Text}");
    }

    public async Task<string> StatusAsync(string jobId) =>
        (await GetJobAsync(jobId)).Json["job"]!["status"]!.GetValue<string>();

    public async Task<ApiResponse> SendAsync(
        HttpMethod method, string path, RequestScope scope, string? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = new("Bearer", Token(scope));
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        return new ApiResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType?.MediaType);
    }

    private string Token(RequestScope scope) => Application.Auth.BearerTokenIssuer.IssueForScope(
        RestoreApiFactory.SigningKey, scope, clock.UtcNow, TimeSpan.FromMinutes(30));

    public TestDatabase Database => database;
}
