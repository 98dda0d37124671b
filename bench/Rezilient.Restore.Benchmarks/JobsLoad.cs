using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

namespace Rezilient.Restore.Benchmarks;

/// <summary>
/// Job create/complete load against a running service (e.g. <c>scripts/run</c>), bounded in count:
/// <code>
/// dotnet run -c Release --project bench/Rezilient.Restore.Benchmarks -- jobs-load --url http://127.0.0.1:3100 \
///   --token "$(scripts/dev-token)" --pg "postgres://postgres@127.0.0.1:55432/rez_restore" --pairs 300 --history 10000
/// </code>
/// It seeds a fresh restore-index row for the token's scope (so the dry-run plan is executable), creates the plan through
/// the API, then measures (1) create latency and create+complete throughput with no stored jobs, (2) the same after
/// inserting <c>--history</c> finished jobs (with their lock rows and events) straight into the database.
/// </summary>
internal static class JobsLoad
{
    private const string Tenant = "tenant-acme";
    private const string Instance = "sn-dev-01";
    private const string Source = "sn://acme-dev.service-now.com";

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string? fallback) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        var url = Value("--url", "http://127.0.0.1:3100");
        var token = Value("--token", null);
        var pg = Value("--pg", null);
        var pairs = int.Parse(Value("--pairs", "300"), CultureInfo.InvariantCulture);
        var history = int.Parse(Value("--history", "10000"), CultureInfo.InvariantCulture);

        await using var db = NpgsqlDataSource.Create(ToConnectionString(pg));
        await ExecuteAsync(db, $"""
            INSERT INTO rez_restore_index.partition_watermarks VALUES
              ('{Tenant}', '{Instance}', '{Source}', 'rez.cdc', 1, 'gen-load', 1, now(), now(), now(),
               'fresh', 'executable', 'none', now())
            ON CONFLICT (tenant_id, instance_id, topic, kafka_partition)
            DO UPDATE SET indexed_through_time = now(), coverage_end = now(), source = EXCLUDED.source
            """);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var run = Guid.NewGuid().ToString("N")[..8];
        var planHash = await CreatePlanAsync(http, $"load-{run}");

        await MeasureAsync(http, $"load-{run}", planHash, pairs, await CountJobsAsync(db));
        await InsertHistoryAsync(db, history, run);
        await MeasureAsync(http, $"load-{run}", planHash, pairs, await CountJobsAsync(db));
        return 0;
    }

    private static async Task MeasureAsync(HttpClient http, string planId, string planHash, int pairs, long storedJobs)
    {
        var body = JobBody(planId, planHash);
        for (var i = 0; i < 20; i++)
        {
            await CompleteAsync(http, await CreateAsync(http, body));
        }

        var creates = new List<double>(pairs);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < pairs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var jobId = await CreateAsync(http, body);
            creates.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await CompleteAsync(http, jobId);
        }

        wall.Stop();
        creates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored_jobs={storedJobs} pairs={pairs} create_p50={Percentile(creates, 50):F1}ms " +
            $"create_p95={Percentile(creates, 95):F1}ms create_p99={Percentile(creates, 99):F1}ms " +
            $"create+complete={pairs / wall.Elapsed.TotalSeconds:F1}/s"));
    }

    private static async Task<string> CreatePlanAsync(HttpClient http, string planId)
    {
        var request = JsonNode.Parse(await File.ReadAllTextAsync(Vectors.Path("v01-minimal-table-skip.json")))!["request"]!.AsObject();
        request["plan_id"] = planId;
        using var response = await http.PostAsync(new Uri("/v1/plans/dry-run", UriKind.Relative),
            new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return json["gate"]?["executability"]?.GetValue<string>() == "executable"
            ? json["plan"]!["plan_hash"]!.GetValue<string>()
            : throw new InvalidOperationException($"plan not executable: {json.ToJsonString()}");
    }

    private static string JobBody(string planId, string planHash) => new JsonObject
    {
        ["tenant_id"] = Tenant,
        ["instance_id"] = Instance,
        ["source"] = Source,
        ["plan_id"] = planId,
        ["plan_hash"] = planHash,
        ["lock_scope_tables"] = new JsonArray("incident"),
        ["required_capabilities"] = new JsonArray("restore_execute"),
        ["requested_by"] = "load@example.com",
    }.ToJsonString();

    private static async Task<string> CreateAsync(HttpClient http, string body)
    {
        using var response = await http.PostAsync(new Uri("/v1/jobs", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (int)response.StatusCode == 201
            ? JsonNode.Parse(text)!["job"]!["job_id"]!.GetValue<string>()
            : throw new InvalidOperationException($"create: {(int)response.StatusCode} {text}");
    }

    private static async Task CompleteAsync(HttpClient http, string jobId)
    {
        using var response = await http.PostAsync(new Uri($"/v1/jobs/{jobId}/complete", UriKind.Relative),
            new StringContent("""{"status":"completed"}""", Encoding.UTF8, "application/json"));
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"complete: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>History as the service would have left it: finished jobs with released lock rows and three events each.</summary>
    private static Task InsertHistoryAsync(NpgsqlDataSource db, int count, string run) => ExecuteAsync(db, $$"""
        INSERT INTO rez_restore_index.restore_jobs
          (job_id, contract_version, tenant_id, instance_id, source, plan_id, plan_hash, status, status_reason_code,
           lock_scope_tables, required_capabilities, requested_by, requested_at, wait_tables, started_at, completed_at,
           approval_required, approval_state, approval_placeholder_mode, metadata_allowlist_version, created_at, updated_at)
        SELECT 'job_hist-{{run}}-' || g, 'restore.contracts.v1', '{{Tenant}}', '{{Instance}}', '{{Source}}', p.plan_id, p.plan_hash,
               'completed', 'none', ARRAY['incident'], ARRAY['restore_execute'], 'history', now(), '{}', now(), now(),
               false, 'placeholder_not_enforced', 'mvp_not_enforced', 'rrs.metadata.allowlist.v1', now(), now()
        FROM generate_series(1, {{count}}) g, (SELECT plan_id, plan_hash FROM rez_restore_index.restore_plans LIMIT 1) p;
        INSERT INTO rez_restore_index.restore_job_locks (job_id, tenant_id, instance_id, table_name, lock_state, reason_code, acquired_at, released_at)
        SELECT 'job_hist-{{run}}-' || g, '{{Tenant}}', '{{Instance}}', 'incident', 'running', 'none', now(), now() FROM generate_series(1, {{count}}) g;
        INSERT INTO rez_restore_index.restore_job_events (job_id, event_type, reason_code, payload, created_at, public_event_id)
        SELECT 'job_hist-{{run}}-' || g, t.type, 'none', '{}', now(), 'evt_hist-{{run}}-' || g || '-' || t.type
        FROM generate_series(1, {{count}}) g, (VALUES ('job_created'), ('job_started'), ('job_completed')) t(type);
        ANALYZE rez_restore_index.restore_jobs; ANALYZE rez_restore_index.restore_job_locks; ANALYZE rez_restore_index.restore_job_events;
        """);

    private static async Task<long> CountJobsAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("SELECT count(*) FROM rez_restore_index.restore_jobs");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static string ToConnectionString(string url)
    {
        var uri = new Uri(url);
        var user = uri.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.TrimStart('/'),
            Username = user[0],
            Password = user.Length > 1 ? user[1] : null,
        }.ConnectionString;
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
