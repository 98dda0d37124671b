using System.Text.Json;
using Rezilient.Restore.Application.Plans.Parsing;

namespace Rezilient.Restore.Application.Jobs.Parsing;

/// <summary>
/// Strict parser of the <c>POST /v1/jobs</c> body (spec 04 §2.1, step C-4). Members are checked in the table's order,
/// the approval object included, then unknown keys; only the first issue is reported. It never throws.
/// </summary>
public static class CreateJobRequestParser
{
    private static readonly string[] Members =
    [
        "tenant_id", "instance_id", "source", "plan_id", "plan_hash", "lock_scope_tables", "required_capabilities",
        "requested_by", "approval",
    ];

    public static CreateJobParseResult Parse(JsonElement body)
    {
        var issues = new ValidationIssues();
        var top = JsonObjectReader.Open(body, string.Empty, issues, Members);
        if (top is null)
        {
            return CreateJobParseResult.Invalid(issues.First!);
        }

        var tenantId = top.String("tenant_id");
        var instanceId = top.String("instance_id");
        var source = top.String("source");
        var planId = top.String("plan_id");
        var planHash = top.Sha256Hex("plan_hash");

        // Whitespace-only tables pass here; the create use case rejects a list that normalizes to nothing (J2, D-A2).
        var tables = Items(top, "lock_scope_tables", issues, (JsonElement item, out string text) =>
            WireValues.ReadNonEmptyString(item, out text));
        var capabilities = Items(top, "required_capabilities", issues, (JsonElement item, out string text) =>
            WireValues.ReadOption(item, JobWireEnums.Capabilities, out text));
        var requestedBy = top.String("requested_by");

        // Optional but never null: a present null fails as "expected object".
        var approval = top.Has("approval") ? JobApprovalParser.Parse(top.Raw("approval"), issues) : null;
        top.RejectUnknownMembers();
        if (issues.Any)
        {
            return CreateJobParseResult.Invalid(issues.First!);
        }

        return CreateJobParseResult.Valid(new CreateJobRequest(
            tenantId!, instanceId!, source!, planId!, planHash!, tables, capabilities, requestedBy!, approval));
    }

    private delegate string? ItemRule(JsonElement item, out string text);

    /// <summary>A required array of at least one item, each checked in order by <paramref name="rule"/>.</summary>
    private static List<string> Items(JsonObjectReader top, string name, ValidationIssues issues, ItemRule rule)
    {
        var values = new List<string>();
        foreach (var item in top.Array(name, required: true, nonEmpty: true) ?? [])
        {
            var issue = rule(item, out var text);
            if (issue is not null)
            {
                issues.Report(string.Empty, issue);
                break;
            }

            values.Add(text);
        }

        return values;
    }
}
