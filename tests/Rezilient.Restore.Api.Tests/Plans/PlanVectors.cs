using System.Text.Json.Nodes;
using Npgsql;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.Plans;

/// <summary>Reads the golden plan-hash vectors and reproduces their setup (clock, token, restore-index rows).</summary>
internal static class PlanVectors
{
    public static string Path(string file) => SharedPaths.Vectors("plan-hash", file);

    public static IEnumerable<string> SuccessFiles() =>
        Directory.GetFiles(SharedPaths.Vectors("plan-hash"), "v*.json").Select(System.IO.Path.GetFileName).Order()!;

    public static JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path(file)))!.AsObject();

    public static DateTimeOffset Now(JsonObject setup) => DateTimeOffset.Parse(
        setup["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    public static string? Token(JsonNode? claims, DateTimeOffset now) => claims is null
        ? null
        : BearerTokenIssuer.IssueForScope(RestoreApiFactory.SigningKey,
            new RequestScope(claims["tenant_id"]!.GetValue<string>(), claims["instance_id"]!.GetValue<string>(),
                claims["source"]!.GetValue<string>()),
            now, TimeSpan.FromMinutes(5));

    /// <summary>The request body as the reference received it: the raw text when the vector has one.</summary>
    public static string Body(JsonObject vectorCase) =>
        vectorCase["request_body_text"]?.GetValue<string>() ?? vectorCase["request"]!.ToJsonString();

    public static async Task SeedIndexAsync(TestDatabase database, JsonArray rows)
    {
        await using var connection = await database.OpenConnectionAsync();
        foreach (var vectorRow in rows)
        {
            // The indexer always writes fresh/executable/none (spec 08 A2.2); the service never reads these columns.
            var row = vectorRow!.AsObject().DeepClone().AsObject();
            row.TryAdd("freshness", "fresh");
            row.TryAdd("executability", "executable");
            row.TryAdd("reason_code", "none");
            row.TryAdd("measured_at", row["indexed_through_time"]!.DeepClone());
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO rez_restore_index.partition_watermarks
                  (tenant_id, instance_id, source, topic, kafka_partition, generation_id, indexed_through_offset,
                   indexed_through_time, coverage_start, coverage_end, freshness, executability, reason_code, measured_at)
                VALUES (@tenant_id, @instance_id, @source, @topic, @kafka_partition, @generation_id,
                        CAST(@indexed_through_offset AS bigint), CAST(@indexed_through_time AS timestamptz),
                        CAST(@coverage_start AS timestamptz), CAST(@coverage_end AS timestamptz), @freshness,
                        @executability, @reason_code, CAST(@measured_at AS timestamptz))
                """, connection);
            foreach (var (name, value) in row)
            {
                command.Parameters.AddWithValue(name, name == "kafka_partition"
                    ? value!.GetValue<int>()
                    : (object)(value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value!.ToJsonString()));
            }

            await command.ExecuteNonQueryAsync();
        }
    }
}
