using System.Text.Json;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>
/// Strict parser of the <c>POST /v1/plans/dry-run</c> body (spec 03 §4–§5). It reports the single first issue in the
/// reference's order (§4.2): stage 1 checks the top-level shape without a prefix; stage 2 checks the nested content,
/// item by item, as <c>&lt;prefix&gt;: &lt;issue&gt;</c>. It never throws.
/// </summary>
public static class DryRunRequestParser
{
    // Stage 1 declares pit, scope, execution_options and approval too, but accepts any value (or none) for them.
    private static readonly string[] TopLevelMembers =
    [
        "tenant_id", "instance_id", "source", "plan_id", "requested_by", "pit", "scope", "execution_options",
        "rows", "conflicts", "delete_candidates", "media_candidates", "watermarks", "pit_candidates", "approval",
    ];

    private delegate T? ItemParser<T>(JsonElement item, string prefix, ValidationIssues issues);

    public static DryRunParseResult Parse(JsonElement body)
    {
        var issues = new ValidationIssues();
        var top = JsonObjectReader.Open(body, string.Empty, issues, TopLevelMembers);
        if (top is null)
        {
            return DryRunParseResult.Invalid(issues.First!);
        }

        // Stage 1: top-level shape.
        var tenantId = top.String("tenant_id");
        var instanceId = top.String("instance_id");
        var source = top.String("source");
        var planId = top.String("plan_id");
        var requestedBy = top.String("requested_by");
        var rowItems = top.Array("rows", required: true, nonEmpty: true);
        var conflictItems = top.Array("conflicts", required: false, nonEmpty: false) ?? [];
        var deleteItems = top.Array("delete_candidates", required: false, nonEmpty: false) ?? [];
        var mediaItems = top.Array("media_candidates", required: false, nonEmpty: false) ?? [];
        var watermarkItems = top.Array("watermarks", required: true, nonEmpty: true);
        var pitItems = top.Array("pit_candidates", required: false, nonEmpty: false) ?? [];
        top.RejectUnknownMembers();
        if (issues.Any)
        {
            return DryRunParseResult.Invalid(issues.First!);
        }

        // Stage 2: nested content, in the order of spec 03 §4.2.
        var pit = PlanSettingsParser.ParsePit(top.Raw("pit"), issues);
        var scope = PlanSettingsParser.ParseScope(top.Raw("scope"), issues);
        var executionOptions = PlanSettingsParser.ParseExecutionOptions(top.Raw("execution_options"), issues);
        var rows = ParseItems(rowItems!, "rows", RowParser.Parse, issues);
        var conflicts = ParseItems(conflictItems, "conflicts", CandidateParsers.ParseConflict, issues);
        var deletes = ParseItems(deleteItems, "delete_candidates", CandidateParsers.ParseDeleteCandidate, issues);
        var media = ParseItems(mediaItems, "media_candidates", CandidateParsers.ParseMediaCandidate, issues);
        var watermarks = ParseWatermarks(watermarkItems!, issues);
        var pitCandidates = ParseItems(pitItems, "pit_candidates", WatermarkAndPitParsers.ParsePitCandidate, issues);
        var approval = top.Has("approval") ? ApprovalParser.Parse(top.Raw("approval"), issues) : null;
        if (issues.Any)
        {
            return DryRunParseResult.Invalid(issues.First!);
        }

        // Decision P3 (spec 03 §9 rule 3, §17-1): duplicates are a 400, reported once every item is valid.
        if (HasDuplicates(rows.Select(row => row.RowId)))
        {
            return DryRunParseResult.Invalid(IssueText.DuplicateRowId);
        }

        if (HasDuplicates(media.Select(candidate => candidate.CandidateId)))
        {
            return DryRunParseResult.Invalid(IssueText.DuplicateCandidateId);
        }

        return DryRunParseResult.Valid(new DryRunRequest(
            tenantId!, instanceId!, source!, planId!, requestedBy!, pit!, scope!, executionOptions!,
            rows, conflicts, deletes, media, watermarks, pitCandidates, approval));
    }

    private static List<T> ParseItems<T>(IReadOnlyList<JsonElement> items, string name, ItemParser<T> parse, ValidationIssues issues)
        where T : class
    {
        var parsed = new List<T>(items.Count);
        for (var i = 0; i < items.Count && !issues.Any; i++)
        {
            if (parse(items[i], $"{name}[{i}]", issues) is { } item)
            {
                parsed.Add(item);
            }
        }

        return parsed;
    }

    private static List<(string Topic, long Partition)> ParseWatermarks(IReadOnlyList<JsonElement> items, ValidationIssues issues)
    {
        var parsed = new List<(string Topic, long Partition)>(items.Count);
        for (var i = 0; i < items.Count && !issues.Any; i++)
        {
            if (WatermarkAndPitParsers.ParseWatermark(items[i], $"watermarks[{i}]", issues) is { } watermark)
            {
                parsed.Add(watermark);
            }
        }

        return parsed;
    }

    // Exact code units (spec 03 §9 rule 3), not the collation used for sorting.
    private static bool HasDuplicates(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return !ids.All(seen.Add);
    }
}
