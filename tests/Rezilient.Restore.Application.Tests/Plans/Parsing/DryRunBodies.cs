using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Plans.Parsing;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>A small valid dry-run body to mutate in focused tests, and ways to parse JSON text or nodes.</summary>
internal static class DryRunBodies
{
    private const string ValidText = """
        {
          "tenant_id": "tenant-acme", "instance_id": "sn-dev-01", "source": "sn://acme-dev.service-now.com",
          "plan_id": "plan-1", "requested_by": "operator@example.com",
          "pit": {
            "restore_time": "2026-02-16T12:00:00.000Z", "restore_timezone": "UTC",
            "pit_algorithm_version": "pit.v1.sys_updated_on-sys_mod_count-__time-event_id",
            "tie_breaker": ["sys_updated_on", "sys_mod_count", "__time", "event_id"],
            "tie_breaker_fallback": ["sys_updated_on", "__time", "event_id"]
          },
          "scope": { "mode": "table", "tables": ["incident"] },
          "execution_options": {
            "missing_row_mode": "existing_only", "conflict_policy": "review_required",
            "schema_compatibility_mode": "compatible_only", "workflow_mode": "suppressed_default"
          },
          "rows": [ {
            "row_id": "row-01", "table": "incident", "record_sys_id": "rec-01", "action": "update",
            "precondition_hash": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "metadata": {
              "allowlist_version": "rrs.metadata.allowlist.v1",
              "metadata": { "table": "incident", "record_sys_id": "rec-01", "topic": "rez.cdc", "partition": 1 }
            },
            "values": { "diff_enc": { "alg": "AES-256-CBC", "ciphertext": "cipher:row-01" } }
          } ],
          "watermarks": [ {
            "contract_version": "restore.contracts.v1", "tenant_id": "tenant-acme", "instance_id": "sn-dev-01",
            "source": "sn://acme-dev.service-now.com", "topic": "rez.cdc", "partition": 1, "generation_id": "gen-01",
            "indexed_through_offset": "100", "indexed_through_time": "2026-02-16T12:00:00.000Z",
            "coverage_start": "2026-02-16T00:00:00.000Z", "coverage_end": "2026-02-16T12:00:00.000Z",
            "freshness": "fresh", "executability": "executable", "reason_code": "none",
            "measured_at": "2026-02-16T12:00:00.000Z"
          } ]
        }
        """;

    public static JsonObject Valid() => JsonNode.Parse(ValidText)!.AsObject();

    /// <summary>A valid media candidate (append to <c>media_candidates</c>).</summary>
    public static JsonObject MediaCandidate(string candidateId) => new()
    {
        ["candidate_id"] = candidateId,
        ["table"] = "incident",
        ["record_sys_id"] = "rec-01",
        ["media_id"] = "media-1",
        ["size_bytes"] = 1,
        ["sha256_plain"] = new string('b', 64),
    };

    /// <summary>A valid PIT candidate with the given <c>sys_updated_on</c> values.</summary>
    public static JsonObject PitCandidate(params string[] sysUpdatedOn) => new()
    {
        ["row_id"] = "row-01",
        ["table"] = "incident",
        ["record_sys_id"] = "rec-01",
        ["versions"] = new JsonArray([.. sysUpdatedOn.Select((value, i) => (JsonNode)new JsonObject
        {
            ["sys_updated_on"] = value,
            ["__time"] = "2026-02-16T12:00:00Z",
            ["event_id"] = $"evt-{i}",
        })]),
    };

    public static JsonObject Row(JsonObject body, int index = 0) => body["rows"]![index]!.AsObject();

    public static JsonObject RowMetadata(JsonObject body, int index = 0) => Row(body, index)["metadata"]!["metadata"]!.AsObject();

    public static DryRunParseResult Parse(JsonNode body) => ParseText(body.ToJsonString());

    /// <summary>Parses raw JSON text; empty or whitespace-only text is read as <c>{}</c> (spec 03 §3.5).</summary>
    public static DryRunParseResult ParseText(string text)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
        return DryRunRequestParser.Parse(document.RootElement);
    }

    /// <summary>Parses the body after swapping the JSON string <c>"@@"</c> for <paramref name="rawJson"/> in its text.</summary>
    public static DryRunParseResult ParseWithRaw(JsonNode body, string rawJson) =>
        ParseText(body.ToJsonString().Replace("\"@@\"", rawJson, StringComparison.Ordinal));

    public static string IssueOf(DryRunParseResult result)
    {
        Assert.That(result.IsValid, Is.False, "expected a validation issue");
        return result.Issue!;
    }

    public static DryRunRequest RequestOf(DryRunParseResult result)
    {
        Assert.That(result.Issue, Is.Null, "expected a valid request");
        return result.Request!;
    }
}
