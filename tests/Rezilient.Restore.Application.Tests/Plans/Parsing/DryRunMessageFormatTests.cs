using System.Text.Json.Nodes;
using static Rezilient.Restore.Application.Tests.Plans.Parsing.DryRunBodies;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>Enum, literal and tuple messages, the plaintext rule, and strings the store cannot hold (spec 03 §4.2, §17).</summary>
public sealed class DryRunMessageFormatTests
{
    // Spec 03 §15, in its order; blocked_plan_unavailable is not part of it.
    private const string ReasonCodeOptions =
        "\"none\"|\"queued_scope_lock\"|\"blocked_unknown_source_mapping\"|\"blocked_missing_capability\"|"
        + "\"blocked_unresolved_delete_candidates\"|\"blocked_unresolved_media_candidates\"|\"blocked_reference_conflict\"|"
        + "\"blocked_media_parent_missing\"|\"blocked_freshness_stale\"|\"blocked_freshness_unknown\"|"
        + "\"blocked_auth_control_plane_outage\"|\"blocked_plan_hash_mismatch\"|\"blocked_evidence_not_ready\"|"
        + "\"blocked_resume_precondition_mismatch\"|\"blocked_resume_checkpoint_missing\"|"
        + "\"paused_token_refresh_grace_exhausted\"|\"paused_entitlement_disabled\"|\"paused_instance_disabled\"|"
        + "\"failed_media_parent_missing\"|\"failed_media_hash_mismatch\"|\"failed_media_retry_exhausted\"|"
        + "\"failed_evidence_report_hash_mismatch\"|\"failed_evidence_artifact_hash_mismatch\"|"
        + "\"failed_evidence_signature_verification\"|\"failed_schema_conflict\"|\"failed_permission_conflict\"|"
        + "\"failed_internal_error\"";

    [TestCase("blocked_plan_unavailable")]
    [TestCase("admin_auth_required")]
    [TestCase("NONE")]
    public void A_reason_code_outside_the_section_15_list_lists_all_27_codes_in_order(string code)
    {
        var body = Valid();
        body["watermarks"]![0]!["reason_code"] = code;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo($"watermarks[0]: Invalid option: expected one of {ReasonCodeOptions}"));
    }

    [TestCase("\"utc\"")]
    [TestCase("null")]
    [TestCase("1")]
    public void A_wrong_literal_names_the_expected_value(string rawJson)
    {
        var body = Valid();
        body["pit"]!["restore_timezone"] = "@@";

        Assert.That(IssueOf(ParseWithRaw(body, rawJson)), Is.EqualTo("pit: Invalid input: expected \"UTC\""));
    }

    [Test]
    public void A_missing_enum_member_is_an_invalid_option()
    {
        var body = Valid();
        body["execution_options"]!.AsObject().Remove("missing_row_mode");

        Assert.That(IssueOf(Parse(body)),
            Is.EqualTo("execution_options: Invalid option: expected one of \"existing_only\"|\"explicit_insert\""));
    }

    [Test]
    public void An_optional_enum_given_as_null_is_an_invalid_option()
    {
        var body = Valid();
        Row(body)["values"]!["diff_enc"]!["compression"] = null;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Invalid option: expected one of \"gzip\"|\"none\""));
    }

    [TestCase(5, "pit: Too big: expected array to have <=4 items")]
    [TestCase(2, "pit: Too small: expected array to have >4 items")]
    [TestCase(0, "pit: Too small: expected array to have >4 items")]
    [TestCase(3, "pit: Invalid input: expected \"event_id\"", TestName = "one short fails on the missing literal (reference tuple check)")]
    public void Tie_breaker_length_messages(int length, string message)
    {
        var body = Valid();
        string[] full = ["sys_updated_on", "sys_mod_count", "__time", "event_id", "event_id"];
        body["pit"]!["tie_breaker"] = new JsonArray([.. full.Take(length).Select(s => (JsonNode)s!)]);

        Assert.That(IssueOf(Parse(body)), Is.EqualTo(message));
    }

    [TestCase(4, "pit: Too big: expected array to have <=3 items")]
    [TestCase(1, "pit: Too small: expected array to have >3 items")]
    [TestCase(2, "pit: Invalid input: expected \"event_id\"")]
    public void Tie_breaker_fallback_length_messages(int length, string message)
    {
        var body = Valid();
        string[] full = ["sys_updated_on", "__time", "event_id", "event_id"];
        body["pit"]!["tie_breaker_fallback"] = new JsonArray([.. full.Take(length).Select(s => (JsonNode)s!)]);

        Assert.That(IssueOf(Parse(body)), Is.EqualTo(message));
    }

    [Test]
    public void A_tie_breaker_in_another_order_or_of_another_type_is_rejected()
    {
        var body = Valid();
        body["pit"]!["tie_breaker"] = new JsonArray("sys_mod_count", "sys_updated_on", "__time", "event_id");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("pit: Invalid input: expected \"sys_updated_on\""));

        body["pit"]!["tie_breaker"] = "sys_updated_on";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("pit: Invalid input: expected tuple, received string"));
    }

    [Test]
    public void Plaintext_values_are_rejected_diff_then_before_then_after_with_any_value()
    {
        var body = Valid();
        var values = Row(body)["values"]!.AsObject();
        values["after_image_plain"] = new JsonObject();
        values["before_image_plain"] = "x";
        values["diff_plain"] = null;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: diff_plain is not allowed in RRS payloads"));
        values.Remove("diff_plain");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: before_image_plain is not allowed in RRS payloads"));
        values.Remove("before_image_plain");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: after_image_plain is not allowed in RRS payloads"));
    }

    [Test]
    public void The_plaintext_rule_comes_after_the_encrypted_payloads_and_unknown_value_members()
    {
        var body = Valid();
        var values = Row(body)["values"]!.AsObject();
        values["diff_plain"] = "x";
        values["other"] = 1;
        values["diff_enc"]!.AsObject().Remove("ciphertext");

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Invalid input: expected string, received undefined"));
        values["diff_enc"]!["ciphertext"] = "c";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Unrecognized key: \"other\""));
        values.Remove("other");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: diff_plain is not allowed in RRS payloads"));
    }

    [Test]
    public void Scope_rules_report_missing_columns_before_a_missing_record_filter()
    {
        var body = Valid();
        body["scope"]!["mode"] = "column";

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("scope: column mode requires at least one column"));
        body["scope"]!["columns"] = new JsonArray("state");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("scope: column mode requires encoded_query or record_sys_ids"));
        body["scope"]!["record_sys_ids"] = new JsonArray("rec-01");
        Assert.That(Parse(body).IsValid, Is.True);
    }

    [Test]
    public void Scope_string_arrays_need_items_and_non_empty_strings()
    {
        var body = Valid();
        body["scope"]!["tables"] = new JsonArray("incident", string.Empty);
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("scope: Too small: expected string to have >=1 characters"));

        body["scope"]!["tables"] = new JsonArray();
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("scope: Too small: expected array to have >=1 items"));

        body["scope"]!["tables"] = new JsonArray(" ");
        body["scope"]!["columns"] = new JsonArray(3);
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("scope: Invalid input: expected string, received number"));
    }

    [Test]
    public void A_boolean_member_takes_only_json_booleans()
    {
        var body = Valid();
        body["media_candidates"] = new JsonArray(MediaCandidate("m"));
        body["media_candidates"]![0]!["parent_record_exists"] = "true";

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("media_candidates[0]: Invalid input: expected boolean, received string"));
    }

    [Test]
    public void A_nul_character_in_any_string_is_a_400()
    {
        var body = Valid();
        body["tenant_id"] = "tenant\u0000acme";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("strings must not contain NUL characters"));

        body = Valid();
        RowMetadata(body)["event_type"] = "\u0000";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: strings must not contain NUL characters"));

        body = Valid();
        body["scope"]!["mode"] = "table\u0000";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("scope: strings must not contain NUL characters"));

        body = Valid();
        body["x\u0000"] = 1;
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("strings must not contain NUL characters"));
    }

    [Test]
    public void A_lone_surrogate_in_any_string_or_member_name_is_a_400()
    {
        var body = Valid();
        body["plan_id"] = "@@";
        Assert.That(IssueOf(ParseWithRaw(body, "\"plan-\\ud800\"")), Is.EqualTo("strings must be valid Unicode"));

        body = Valid();
        Row(body)["table"] = "@@";
        Assert.That(IssueOf(ParseWithRaw(body, "\"\\udc00\"")), Is.EqualTo("rows[0]: strings must be valid Unicode"));

        body = Valid();
        body["x"] = "@@";
        Assert.That(IssueOf(ParseWithRaw(body, "1, \"\\ud800\": 1")), Is.EqualTo("strings must be valid Unicode"));
    }

    [Test]
    public void A_surrogate_pair_is_valid_unicode()
    {
        var body = Valid();
        body["plan_id"] = "@@";

        Assert.That(RequestOf(ParseWithRaw(body, "\"plan-\\ud83d\\ude00\"")).PlanId, Is.EqualTo("plan-\U0001F600"));
    }
}
