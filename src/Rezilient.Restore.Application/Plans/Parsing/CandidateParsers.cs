using System.Text.Json;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>Conflicts, delete candidates and media candidates (spec 03 §5.6–§5.8).</summary>
internal static class CandidateParsers
{
    private static readonly string[] ConflictMembers =
    [
        "conflict_id", "class", "table", "record_sys_id", "column", "reason_code", "reason", "resolution",
        "observed_at", "metadata",
    ];

    private static readonly string[] DeleteCandidateMembers = ["candidate_id", "row_id", "table", "record_sys_id", "decision"];

    private static readonly string[] MediaCandidateMembers =
    [
        "candidate_id", "table", "record_sys_id", "attachment_sys_id", "media_id", "content_type", "size_bytes",
        "sha256_plain", "decision", "parent_record_exists", "observed_sha256_plain", "retryable_failures",
        "max_retry_attempts", "metadata",
    ];

    public static DryRunConflict? ParseConflict(JsonElement item, string prefix, ValidationIssues issues)
    {
        var conflict = JsonObjectReader.Open(item, prefix, issues, ConflictMembers);
        if (conflict is null)
        {
            return null;
        }

        conflict.String("conflict_id");
        var conflictClass = conflict.Option("class", WireEnums.ConflictClasses);
        conflict.String("table");
        conflict.String("record_sys_id");
        conflict.String("column", required: false);
        conflict.Option("reason_code", WireEnums.RestoreReasonCodes);
        conflict.String("reason");
        var resolution = conflict.Option("resolution", WireEnums.ConflictResolutions, required: false);
        conflict.IsoDateTime("observed_at");
        MetadataEnvelopeParser.Read(conflict, required: false);
        conflict.RejectUnknownMembers();

        conflict.Rule(
            conflictClass != WireEnums.ReferenceConflict || resolution != WireEnums.SkipResolution,
            "reference_conflict cannot resolve to skip in P0");
        return conflict.Failed ? null : new DryRunConflict(conflictClass!, resolution, conflict.Output);
    }

    public static DryRunDeleteCandidate? ParseDeleteCandidate(JsonElement item, string prefix, ValidationIssues issues)
    {
        var candidate = JsonObjectReader.Open(item, prefix, issues, DeleteCandidateMembers);
        if (candidate is null)
        {
            return null;
        }

        candidate.String("candidate_id");
        candidate.String("row_id");
        candidate.String("table");
        candidate.String("record_sys_id");
        var decision = candidate.Option("decision", WireEnums.DeleteDecisions, required: false);
        candidate.RejectUnknownMembers();
        return candidate.Failed ? null : new DryRunDeleteCandidate(decision, candidate.Output);
    }

    public static DryRunMediaCandidate? ParseMediaCandidate(JsonElement item, string prefix, ValidationIssues issues)
    {
        var candidate = JsonObjectReader.Open(item, prefix, issues, MediaCandidateMembers);
        if (candidate is null)
        {
            return null;
        }

        var candidateId = candidate.String("candidate_id");
        var table = candidate.String("table");
        var recordSysId = candidate.String("record_sys_id");
        candidate.String("attachment_sys_id", required: false);
        candidate.String("media_id", required: false);
        candidate.String("content_type", required: false);
        candidate.Int("size_bytes", IntBound.NonNegative);
        candidate.Sha256Hex("sha256_plain");
        var decision = candidate.Option("decision", WireEnums.MediaDecisions, required: false);
        candidate.Boolean("parent_record_exists", required: false);
        candidate.Sha256Hex("observed_sha256_plain", required: false);
        candidate.Int("retryable_failures", IntBound.NonNegative, required: false);
        candidate.Int("max_retry_attempts", IntBound.Positive, required: false);
        var metadata = MetadataEnvelopeParser.Read(candidate, required: false);
        candidate.RejectUnknownMembers();

        candidate.Rule(
            candidate.Has("attachment_sys_id") || candidate.Has("media_id"),
            "media candidate requires attachment_sys_id or media_id");
        candidate.Rule(metadata.Table is null || metadata.Table == table, "metadata.table must match table");
        candidate.Rule(
            metadata.RecordSysId is null || metadata.RecordSysId == recordSysId,
            "metadata.record_sys_id must match record_sys_id");
        return candidate.Failed ? null : new DryRunMediaCandidate(candidateId!, decision, candidate.Output);
    }
}
