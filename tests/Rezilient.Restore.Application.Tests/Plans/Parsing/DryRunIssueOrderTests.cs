using System.Text.Json.Nodes;
using static Rezilient.Restore.Application.Tests.Plans.Parsing.DryRunBodies;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>Which issue is reported first (spec 03 §4.2).</summary>
public sealed class DryRunIssueOrderTests
{
    [Test]
    public void The_valid_fixture_parses()
    {
        Assert.That(Parse(Valid()).IsValid, Is.True);
    }

    [Test]
    public void Stage_one_issues_come_before_any_nested_issue_and_have_no_prefix()
    {
        var body = Valid();
        body["pit"] = "not an object";
        body["watermarks"] = new JsonArray();

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("Too small: expected array to have >=1 items"));
    }

    [Test]
    public void Stage_one_visits_the_declared_members_in_order()
    {
        var body = Valid();
        body["pit_candidates"] = null;
        body["rows"] = "rows";
        body.Remove("plan_id");

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("Invalid input: expected string, received undefined"));
        body["plan_id"] = "p";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("Invalid input: expected array, received string"));
        body["rows"] = Valid()["rows"]!.DeepClone();
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("Invalid input: expected array, received null"));
    }

    [Test]
    public void Unknown_top_level_members_are_reported_after_every_declared_member_problem()
    {
        var body = Valid();
        body["dry_run"] = true;
        body["requested_by"] = string.Empty;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("Too small: expected string to have >=1 characters"));
        body["requested_by"] = "ops";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("Unrecognized key: \"dry_run\""));
    }

    [Test]
    public void Several_unknown_members_are_listed_in_javascript_property_order()
    {
        var body = Valid();
        body["x"] = "@@";

        Assert.That(IssueOf(ParseWithRaw(body, "1, \"zeta\": 1, \"10\": 1, \"alpha\": 1, \"2\": 1")),
            Is.EqualTo("Unrecognized keys: \"2\", \"10\", \"x\", \"zeta\", \"alpha\""));
    }

    [Test]
    public void A_missing_nested_object_surfaces_in_stage_two_with_its_prefix()
    {
        var body = Valid();
        body.Remove("execution_options");
        body.Remove("pit");

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("pit: Invalid input: expected object, received undefined"));
    }

    [Test]
    public void Stage_two_runs_pit_scope_options_rows_then_the_optional_arrays_then_approval()
    {
        var body = Valid();
        body["approval"] = null;
        body["pit_candidates"] = new JsonArray(PitCandidate());
        body["watermarks"]![0]!["freshness"] = "sometimes";
        body["media_candidates"] = new JsonArray(new JsonObject());
        body["delete_candidates"] = new JsonArray(new JsonObject());
        body["conflicts"] = new JsonArray(new JsonObject());
        Row(body)["action"] = "merge";
        body["execution_options"]!["workflow_mode"] = "x";
        body["scope"]!["mode"] = "x";

        string[] expected =
        [
            "scope: Invalid option: expected one of \"table\"|\"record\"|\"column\"",
            "execution_options: Invalid option: expected one of \"suppressed_default\"|\"allowlist\"",
            "rows[0]: Invalid option: expected one of \"update\"|\"insert\"|\"delete\"|\"skip\"",
            "conflicts[0]: Invalid input: expected string, received undefined",
            "delete_candidates[0]: Invalid input: expected string, received undefined",
            "media_candidates[0]: Invalid input: expected string, received undefined",
            "watermarks[0]: Invalid option: expected one of \"fresh\"|\"stale\"|\"unknown\"",
            "pit_candidates[0]: Too small: expected array to have >=1 items",
            "approval: Invalid input: expected object, received null",
        ];
        Action[] fixes =
        [
            () => body["scope"]!["mode"] = "table",
            () => body["execution_options"]!["workflow_mode"] = "allowlist",
            () => Row(body)["action"] = "skip",
            () => body.Remove("conflicts"),
            () => body.Remove("delete_candidates"),
            () => body.Remove("media_candidates"),
            () => body["watermarks"]![0]!["freshness"] = "fresh",
            () => body["pit_candidates"] = new JsonArray(PitCandidate("2026-02-16 12:00:00")),
            () => body.Remove("approval"),
        ];

        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(IssueOf(Parse(body)), Is.EqualTo(expected[i]));
            fixes[i]();
        }

        Assert.That(Parse(body).IsValid, Is.True);
    }

    [Test]
    public void The_first_invalid_item_wins_and_later_items_are_not_looked_at()
    {
        var body = Valid();
        var second = Row(body).DeepClone().AsObject();
        second["row_id"] = "row-02";
        second.Remove("values");
        body["rows"]!.AsArray().Add(second);
        body["rows"]!.AsArray().Add(42);

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[1]: non-skip plan rows require encrypted value material"));
    }

    [Test]
    public void The_prefix_stops_at_the_item_however_deep_the_problem_is()
    {
        var body = Valid();
        RowMetadata(body)["partition"] = -1;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Too small: expected number to be >=0"));
    }

    [Test]
    public void Within_an_object_nested_members_come_before_later_members_then_unknown_members_then_rules()
    {
        var body = Valid();
        var row = Row(body);
        row["extra"] = 1;
        row["values"]!["diff_enc"]!["alg"] = string.Empty;
        RowMetadata(body)["operation"] = "X";
        RowMetadata(body)["table"] = "problem";

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Invalid option: expected one of \"I\"|\"U\"|\"D\""));
        RowMetadata(body).Remove("operation");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Too small: expected string to have >=1 characters"));
        row["values"]!["diff_enc"]!["alg"] = "AES";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Unrecognized key: \"extra\""));
        row.Remove("extra");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: metadata.table must match table"));
    }

    [Test]
    public void Inner_metadata_unknown_members_come_before_the_envelopes_and_the_rows()
    {
        var body = Valid();
        Row(body)["zz"] = 1;
        Row(body)["metadata"]!["yy"] = 1;
        RowMetadata(body)["short_description"] = "x";

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Unrecognized key: \"short_description\""));
        RowMetadata(body).Remove("short_description");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Unrecognized key: \"yy\""));
    }

    [Test]
    public void Row_rules_are_checked_in_the_order_table_record_then_encrypted_values()
    {
        var body = Valid();
        Row(body).Remove("values");
        RowMetadata(body)["record_sys_id"] = "other";

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: metadata.record_sys_id must match record_sys_id"));
        RowMetadata(body).Remove("record_sys_id");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: non-skip plan rows require encrypted value material"));
    }

    [Test]
    public void A_pit_candidates_own_members_come_before_its_versions()
    {
        var body = Valid();
        var candidate = PitCandidate("2026-02-16T12:00:00Z");
        candidate["unexpected"] = 1;
        body["pit_candidates"] = new JsonArray(candidate);

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("pit_candidates[0]: Unrecognized key: \"unexpected\""));
        candidate.Remove("unexpected");
        Assert.That(IssueOf(Parse(body)),
            Is.EqualTo("pit_candidates[0].versions[0]: must be ServiceNow timestamp (YYYY-MM-DD HH:mm:ss)"));
    }

    [Test]
    public void Duplicates_are_reported_only_after_every_item_is_valid()
    {
        var body = Valid();
        body["rows"]!.AsArray().Add(Row(body).DeepClone());
        body["media_candidates"] = new JsonArray(MediaCandidate("m"), MediaCandidate("m"));
        body["approval"] = new JsonObject();

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("approval: Invalid input: expected boolean, received undefined"));
        body.Remove("approval");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows must have unique row_id values"));
        Row(body, 1)["row_id"] = "row-02";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("media_candidates must have unique candidate_id values"));
    }

    [Test]
    public void Row_ids_that_only_collate_equal_are_not_duplicates()
    {
        var body = Valid();
        Row(body)["row_id"] = "caf\u00e9";
        var second = Row(body).DeepClone().AsObject();
        second["row_id"] = "cafe\u0301";
        body["rows"]!.AsArray().Add(second);

        Assert.That(RequestOf(Parse(body)).Rows.Select(r => r.RowId), Is.EqualTo(new[] { "caf\u00e9", "cafe\u0301" }));
    }
}
