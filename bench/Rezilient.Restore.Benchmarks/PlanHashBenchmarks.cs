using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Benchmarks;

/// <summary>
/// Spec 03 §10: canonical JSON + SHA-256 of a <c>plan_hash_input</c> as its size grows. The input is the
/// <c>expected.response.plan_hash_input</c> of golden vector v03 with its rows replaced by N copies of its richest
/// row (distinct <c>row_id</c>/<c>record_sys_id</c>), built from CLR-backed values like the request parser's output.
/// </summary>
[MemoryDiagnoser]
public class PlanHashBenchmarks
{
    private const string VectorFile = "v03-column-scope-insert-delete.json";

    private JsonObject input = null!;

    /// <summary>Number of rows in <c>plan_hash_input.rows</c>.</summary>
    [Params(10, 1000, 10000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void BuildInput()
    {
        var vector = JsonNode.Parse(File.ReadAllText(VectorPath()))!.AsObject();
        var expected = vector["expected"]!.AsObject();
        var template = AsParserOutput(expected["response"]!["plan_hash_input"])!.AsObject();

        // Guard: the input as copied must reproduce the vector's hash, or the benchmark measures something else.
        var (_, hash) = PlanHash.Compute(template);
        if (hash != expected["plan_hash"]!.GetValue<string>())
        {
            throw new InvalidOperationException($"{VectorFile}: plan_hash_input no longer hashes to the vector's plan_hash");
        }

        // The row with the most members (v03's insert: full after_image_enc envelope and metadata).
        var row = template["rows"]!.AsArray().MaxBy(r => r!.ToJsonString().Length)!.AsObject();
        var rows = new JsonArray();
        for (var i = 0; i < Rows; i++)
        {
            // Zero-padded ids are already in the §10.3 order, as the assembler would leave them.
            var copy = row.DeepClone().AsObject();
            var recordSysId = $"rec-{i:D6}";
            copy["row_id"] = $"row-{i:D6}";
            copy["record_sys_id"] = recordSysId;
            copy["metadata"]!["metadata"]!["record_sys_id"] = recordSysId;
            rows.Add(copy);
        }

        template["rows"] = rows;
        var counts = template["action_counts"]!.AsObject();
        foreach (var name in counts.Select(c => c.Key).ToList())
        {
            counts[name] = name == row["action"]!.GetValue<string>() ? Rows : 0;
        }

        input = template;
    }

    [Benchmark(Description = "PlanHash.Compute (canonical JSON + SHA-256)")]
    public string Compute() => PlanHash.Compute(input).Hash;

    /// <summary>
    /// Rebuilds a parsed tree with string/long/bool-backed values, as <c>JsonObjectReader</c> produces them, so the
    /// canonicaliser takes the same value paths as in the service.
    /// </summary>
    private static JsonNode? AsParserOutput(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(m => KeyValuePair.Create(m.Key, AsParserOutput(m.Value)))),
        JsonArray array => new JsonArray(array.Select(AsParserOutput).ToArray()),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => JsonValue.Create(value.GetValue<string>()),
            JsonValueKind.Number => JsonValue.Create(value.GetValue<long>()),
            JsonValueKind.True or JsonValueKind.False => JsonValue.Create(value.GetValue<bool>()),
            _ => throw new InvalidOperationException($"unexpected value {value.ToJsonString()}"),
        },
        _ => null,
    };

    // BenchmarkDotNet runs the benchmark from a generated project below bin/, so look upwards for ../shared/vectors.
    private static string VectorPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "vectors", "plan-hash", VectorFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/vectors/plan-hash/{VectorFile} not found above {AppContext.BaseDirectory}");
    }
}
