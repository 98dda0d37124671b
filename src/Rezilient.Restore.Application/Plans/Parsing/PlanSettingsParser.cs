using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>The three hashed settings objects: <c>pit</c>, <c>scope</c>, <c>execution_options</c> (spec 03 §5.1–§5.3).</summary>
internal static class PlanSettingsParser
{
    private static readonly string[] PitMembers =
        ["restore_time", "restore_timezone", "pit_algorithm_version", "tie_breaker", "tie_breaker_fallback"];

    private static readonly string[] ScopeMembers = ["mode", "tables", "encoded_query", "record_sys_ids", "columns"];

    private static readonly string[] ExecutionOptionMembers =
        ["missing_row_mode", "conflict_policy", "schema_compatibility_mode", "workflow_mode"];

    public static JsonObject? ParsePit(JsonElement? value, ValidationIssues issues)
    {
        var pit = JsonObjectReader.Open(value, "pit", issues, PitMembers);
        if (pit is null)
        {
            return null;
        }

        pit.IsoDateTime("restore_time");
        pit.Option("restore_timezone", ["UTC"]);
        pit.Option("pit_algorithm_version", [PlanContract.PitAlgorithmVersion]);
        pit.LiteralTuple("tie_breaker", WireEnums.PitTieBreaker);
        pit.LiteralTuple("tie_breaker_fallback", WireEnums.PitTieBreakerFallback);
        pit.RejectUnknownMembers();
        return pit.Failed ? null : pit.Output;
    }

    public static JsonObject? ParseScope(JsonElement? value, ValidationIssues issues)
    {
        var scope = JsonObjectReader.Open(value, "scope", issues, ScopeMembers);
        if (scope is null)
        {
            return null;
        }

        var mode = scope.Option("mode", WireEnums.ScopeModes);
        scope.StringArray("tables");
        scope.String("encoded_query", required: false);
        scope.StringArray("record_sys_ids", required: false);
        scope.StringArray("columns", required: false);
        scope.RejectUnknownMembers();

        // Spec 03 §5.2: when both column rules fail, the columns message is the one reported.
        var hasRecordFilter = scope.Has("encoded_query") || scope.Has("record_sys_ids");
        scope.Rule(mode != "record" || hasRecordFilter, "record mode requires encoded_query or record_sys_ids");
        scope.Rule(mode != "column" || scope.Has("columns"), "column mode requires at least one column");
        scope.Rule(mode != "column" || hasRecordFilter, "column mode requires encoded_query or record_sys_ids");
        return scope.Failed ? null : scope.Output;
    }

    public static JsonObject? ParseExecutionOptions(JsonElement? value, ValidationIssues issues)
    {
        var options = JsonObjectReader.Open(value, "execution_options", issues, ExecutionOptionMembers);
        if (options is null)
        {
            return null;
        }

        options.Option("missing_row_mode", WireEnums.MissingRowModes);
        options.Option("conflict_policy", WireEnums.ConflictPolicies);
        options.Option("schema_compatibility_mode", WireEnums.SchemaCompatibilityModes);
        options.Option("workflow_mode", WireEnums.WorkflowModes);
        options.RejectUnknownMembers();
        return options.Failed ? null : options.Output;
    }
}
