using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Rezilient.Restore.Benchmarks;

/// <summary>
/// Request-level dry-run latency against a running service (e.g. <c>scripts/run</c>): posts N distinct plans of R rows
/// one after another over loopback and reports p50/p95/p99. Bounded in count; stops by itself.
/// <code>
/// dotnet run -c Release --project bench/Rezilient.Restore.Benchmarks -- dry-run-latency \
///   --url http://127.0.0.1:3100 --token "$(scripts/dev-token)" --rows 100 --requests 200
/// </code>
/// Rows are copies of the first row of the v03 vector's request with distinct ids; the demo scope's index has no
/// watermark rows, so every plan is computed in full (unknown freshness, blocked gate) and stored.
/// </summary>
internal static class DryRunLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Vectors.Path("v03-column-scope-insert-delete.json")))!
            ["request"]!.AsObject();
        using var http = new HttpClient { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        var run = Guid.NewGuid().ToString("N")[..8];

        for (var i = 0; i < options.Warmup; i++)
        {
            await PostAsync(http, Body(template, options.Rows, $"warmup-{run}-{i}"));
        }

        var latencies = new List<double>(options.Requests);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < options.Requests; i++)
        {
            var body = Body(template, options.Rows, $"latency-{run}-{i}");
            var started = Stopwatch.GetTimestamp();
            await PostAsync(http, body);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        wall.Stop();
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={options.Rows} requests={options.Requests} body_bytes={Encoding.UTF8.GetByteCount(Body(template, options.Rows, "x"))} " +
            $"p50={Percentile(latencies, 50):F1}ms p95={Percentile(latencies, 95):F1}ms p99={Percentile(latencies, 99):F1}ms " +
            $"mean={latencies.Average():F1}ms throughput={options.Requests / wall.Elapsed.TotalSeconds:F1}/s"));
        return 0;
    }

    private static async Task PostAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/v1/plans/dry-run", UriKind.Relative), content);
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException(
                $"expected 201, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string Body(JsonObject template, int rows, string planId)
    {
        var request = template.DeepClone().AsObject();
        request["plan_id"] = planId;
        var row = request["rows"]![0]!;
        var copies = new JsonArray();
        for (var i = 0; i < rows; i++)
        {
            var copy = row.DeepClone().AsObject();
            copy["row_id"] = $"row-{i:D6}";
            copies.Add(copy);
        }

        request["rows"] = copies;
        request.Remove("delete_candidates");
        return request.ToJsonString();
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed record Options(string Url, string Token, int Rows, int Requests, int Warmup)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string? fallback) =>
                args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback
                ?? throw new ArgumentException($"{name} is required");
            int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            return new Options(Value("--url", "http://127.0.0.1:3100"), Value("--token", null),
                Number("--rows", 100), Number("--requests", 200), Number("--warmup", 20));
        }
    }
}
