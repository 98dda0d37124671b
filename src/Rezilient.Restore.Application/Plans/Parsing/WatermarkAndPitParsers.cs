using System.Text.Json;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>Request watermarks and PIT candidates (spec 03 §5.9, §5.10).</summary>
internal static class WatermarkAndPitParsers
{
    private static readonly string[] WatermarkMembers =
    [
        "contract_version", "tenant_id", "instance_id", "source", "topic", "partition", "generation_id",
        "indexed_through_offset", "indexed_through_time", "coverage_start", "coverage_end", "freshness",
        "executability", "reason_code", "measured_at",
    ];

    private static readonly string[] PitCandidateMembers = ["row_id", "table", "record_sys_id", "versions"];

    private static readonly string[] PitVersionMembers = ["sys_updated_on", "sys_mod_count", "__time", "event_id"];

    /// <summary>A full watermark; only its topic and partition are kept (spec 03 §7 uses nothing else).</summary>
    public static (string Topic, long Partition)? ParseWatermark(JsonElement item, string prefix, ValidationIssues issues)
    {
        var watermark = JsonObjectReader.Open(item, prefix, issues, WatermarkMembers);
        if (watermark is null)
        {
            return null;
        }

        watermark.Option("contract_version", [PlanContract.ContractVersion]);
        watermark.String("tenant_id");
        watermark.String("instance_id");
        watermark.String("source");
        var topic = watermark.String("topic");
        var partition = watermark.Int("partition", IntBound.NonNegative);
        watermark.String("generation_id");
        watermark.Offset("indexed_through_offset");
        watermark.IsoDateTime("indexed_through_time");
        watermark.IsoDateTime("coverage_start");
        watermark.IsoDateTime("coverage_end");
        var freshness = watermark.Option("freshness", WireEnums.Freshnesses);
        var executability = watermark.Option("executability", WireEnums.Executabilities);
        watermark.Option("reason_code", WireEnums.RestoreReasonCodes);
        watermark.IsoDateTime("measured_at");
        watermark.RejectUnknownMembers();

        var executable = executability == Executability.Executable;
        watermark.Rule(freshness != Freshness.Fresh || executable, "fresh watermark must be executable");
        watermark.Rule(freshness == Freshness.Fresh || !executable, "stale or unknown watermark cannot be executable");
        return watermark.Failed ? null : (topic!, partition!.Value);
    }

    /// <summary>The candidate's own members first, then each version under <c>&lt;prefix&gt;.versions[j]</c> (spec 03 §4.2).</summary>
    public static PitCandidate? ParsePitCandidate(JsonElement item, string prefix, ValidationIssues issues)
    {
        var candidate = JsonObjectReader.Open(item, prefix, issues, PitCandidateMembers);
        if (candidate is null)
        {
            return null;
        }

        var rowId = candidate.String("row_id");
        var table = candidate.String("table");
        var recordSysId = candidate.String("record_sys_id");
        var items = candidate.Array("versions", required: true, nonEmpty: true);
        candidate.RejectUnknownMembers();
        if (candidate.Failed)
        {
            return null;
        }

        var versions = new List<PitVersion>();
        foreach (var (version, index) in items!.Select((version, index) => (version, index)))
        {
            var parsed = ParsePitVersion(version, $"{prefix}.versions[{index}]", issues);
            if (parsed is null)
            {
                return null;
            }

            versions.Add(parsed);
        }

        return new PitCandidate(rowId!, table!, recordSysId!, versions);
    }

    private static PitVersion? ParsePitVersion(JsonElement item, string prefix, ValidationIssues issues)
    {
        var version = JsonObjectReader.Open(item, prefix, issues, PitVersionMembers);
        if (version is null)
        {
            return null;
        }

        var sysUpdatedOn = version.ServiceNowTimestamp("sys_updated_on");
        var sysModCount = version.Int("sys_mod_count", IntBound.NonNegative, required: false);
        var eventTime = version.IsoDateTime("__time");
        var eventId = version.String("event_id");
        version.RejectUnknownMembers();
        return version.Failed ? null : new PitVersion(sysUpdatedOn!, sysModCount, eventTime!, eventId!);
    }
}
