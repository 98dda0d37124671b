using System.Text.Json.Nodes;
using static Rezilient.Restore.Application.Tests.Plans.Parsing.DryRunBodies;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>The value types of spec 03 §5.12 and the "int" rule of §5.</summary>
public sealed class DryRunValueTypeTests
{
    private const string IsoMessage = "pit: must be ISO datetime (UTC Z) with second or millisecond precision";
    private const string OffsetMessage = "rows[0]: must be non-negative integer offset as decimal string";

    [TestCase("2026-02-16T12:00:00Z")]
    [TestCase("2026-02-16T12:00:00.123Z")]
    [TestCase("2024-02-29T00:00:00Z")]
    [TestCase("2000-02-29T23:59:59.999Z")]
    [TestCase("0000-02-29T00:00:00.000Z")]
    [TestCase("9999-12-31T23:59:59Z")]
    public void An_iso_datetime_with_second_or_millisecond_precision_is_kept_as_written(string text)
    {
        var body = Valid();
        body["pit"]!["restore_time"] = text;

        Assert.That(RequestOf(Parse(body)).Pit["restore_time"]!.GetValue<string>(), Is.EqualTo(text));
    }

    [TestCase("2026-02-29T00:00:00Z", TestName = "Feb 29 in a non-leap year")]
    [TestCase("1900-02-29T00:00:00Z", TestName = "Feb 29 in a century year")]
    [TestCase("2026-02-30T12:00:00Z")]
    [TestCase("2026-04-31T12:00:00Z")]
    [TestCase("2026-13-01T00:00:00Z")]
    [TestCase("2026-00-01T00:00:00Z")]
    [TestCase("2026-01-00T00:00:00Z")]
    [TestCase("2026-02-16T24:00:00Z")]
    [TestCase("2026-02-16T23:60:00Z")]
    [TestCase("2026-02-16T23:59:60Z")]
    [TestCase("2026-02-16T12:00:00.1234Z", TestName = "4 fraction digits")]
    [TestCase("2026-02-16T12:00:00.12Z")]
    [TestCase("2026-02-16T12:00:00.1Z")]
    [TestCase("2026-02-16T12:00:00.Z")]
    [TestCase("2026-02-16T12:00:00z", TestName = "lower-case z")]
    [TestCase("2026-02-16t12:00:00Z", TestName = "lower-case t")]
    [TestCase("2026-02-16T12:00:00+00:00")]
    [TestCase("2026-02-16T12:00:00")]
    [TestCase("2026-02-16 12:00:00Z")]
    [TestCase("2026-02-16T12:00Z")]
    [TestCase("\uff12026-02-16T12:00:00Z", TestName = "a full-width digit")]
    [TestCase(" 2026-02-16T12:00:00Z")]
    [TestCase("")]
    public void Other_datetime_texts_are_rejected(string text)
    {
        var body = Valid();
        body["pit"]!["restore_time"] = text;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo(IsoMessage));
    }

    [Test]
    public void A_datetime_that_is_not_a_string_gets_the_type_message()
    {
        var body = Valid();
        body["pit"]!["restore_time"] = 1;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("pit: Invalid input: expected string, received number"));
    }

    [TestCase("2026-02-16 11:59:59")]
    [TestCase("2026-02-30 12:00:00", TestName = "day overflow is parseable")]
    [TestCase("2026-02-31 23:59:59")]
    [TestCase("2026-02-16 24:00:00", TestName = "24:00:00 is the next midnight")]
    [TestCase("0000-01-01 00:00:00")]
    public void A_servicenow_timestamp_the_pit_comparison_can_read_is_kept_as_written(string text)
    {
        var body = Valid();
        RowMetadata(body)["sys_updated_on"] = text;

        Assert.That(RequestOf(Parse(body)).Rows[0].Json["metadata"]!["metadata"]!["sys_updated_on"]!.GetValue<string>(),
            Is.EqualTo(text));
    }

    [TestCase("2026-02-16T12:00:00")]
    [TestCase("2026-02-16 12:00:00Z")]
    [TestCase("2026-2-16 12:00:00")]
    [TestCase("2026-02-16 12:00")]
    [TestCase("2026-02-16  12:00:00")]
    [TestCase("2026-02-16 12:00:0\u0663")]
    [TestCase("")]
    public void A_text_outside_the_servicenow_pattern_is_rejected(string text)
    {
        var body = Valid();
        RowMetadata(body)["sys_updated_on"] = text;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: must be ServiceNow timestamp (YYYY-MM-DD HH:mm:ss)"));
    }

    [TestCase("2026-00-10 12:00:00")]
    [TestCase("2026-13-10 12:00:00")]
    [TestCase("2026-02-00 12:00:00")]
    [TestCase("2026-02-32 12:00:00")]
    [TestCase("2026-02-16 24:00:01")]
    [TestCase("2026-02-16 24:01:00")]
    [TestCase("2026-02-16 25:00:00")]
    [TestCase("2026-02-16 12:60:00")]
    [TestCase("2026-02-16 12:00:60")]
    public void A_pattern_valid_servicenow_timestamp_that_cannot_be_read_is_a_400_by_decision_p4(string text)
    {
        var body = Valid();
        RowMetadata(body)["sys_updated_on"] = text;
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: must be a parseable ServiceNow timestamp"));

        // Even a single-version PIT candidate, which the reference never compares.
        body = Valid();
        body["pit_candidates"] = new JsonArray(PitCandidate("2026-02-16 12:00:00"), PitCandidate(text));
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("pit_candidates[1].versions[0]: must be a parseable ServiceNow timestamp"));
    }

    [Test]
    public void An_unreadable_timestamp_is_reported_at_its_member_position()
    {
        var body = Valid();
        RowMetadata(body)["sys_updated_on"] = "2026-02-16 25:00:00";
        RowMetadata(body)["sys_mod_count"] = -1;
        RowMetadata(body)["schema_version"] = 0;

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Too small: expected number to be >0"));
        RowMetadata(body).Remove("schema_version");
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: must be a parseable ServiceNow timestamp"));
    }

    [TestCase("\"0\"", "0")]
    [TestCase("\"000\"", "0")]
    [TestCase("\"000123\"", "123")]
    [TestCase("\"900719925474099312345678901234567890\"", "900719925474099312345678901234567890")]
    [TestCase("42", "42")]
    [TestCase("0", "0")]
    [TestCase("-0", "0")]
    [TestCase("4.2e1", "42")]
    [TestCase("42.0", "42")]
    [TestCase("9007199254740991", "9007199254740991")]
    public void An_offset_becomes_its_canonical_decimal_string(string rawJson, string canonical)
    {
        var body = Valid();
        RowMetadata(body)["offset"] = "@@";

        var json = RequestOf(ParseWithRaw(body, rawJson)).Rows[0].Json;

        Assert.That(json["metadata"]!["metadata"]!["offset"]!.ToJsonString(), Is.EqualTo($"\"{canonical}\""));
    }

    [TestCase("\"\"")]
    [TestCase("\"-1\"")]
    [TestCase("\"+1\"")]
    [TestCase("\"-0\"")]
    [TestCase("\"1.5\"")]
    [TestCase("\" 1\"")]
    [TestCase("\"1 \"")]
    [TestCase("\"\\u0661\"", TestName = "an Arabic-Indic digit")]
    [TestCase("\"\\uff11\"", TestName = "a full-width digit")]
    [TestCase("1.5")]
    [TestCase("-1")]
    [TestCase("9007199254740992")]
    [TestCase("9007199254740993")]
    [TestCase("1e400")]
    [TestCase("true")]
    [TestCase("null")]
    [TestCase("{}")]
    public void Anything_else_is_not_an_offset(string rawJson)
    {
        var body = Valid();
        RowMetadata(body)["offset"] = "@@";

        Assert.That(IssueOf(ParseWithRaw(body, rawJson)), Is.EqualTo(OffsetMessage));
    }

    [Test]
    public void A_missing_watermark_offset_gets_the_offset_message()
    {
        var body = Valid();
        body["watermarks"]![0]!.AsObject().Remove("indexed_through_offset");

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("watermarks[0]: must be non-negative integer offset as decimal string"));
    }

    [TestCase(63)]
    [TestCase(65)]
    [TestCase(0)]
    public void A_hex_digest_must_have_64_characters(int length)
    {
        var body = Valid();
        Row(body)["precondition_hash"] = new string('a', length);

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: must be 64-char SHA-256 hex digest"));
    }

    [Test]
    public void A_hex_digest_must_be_hex_and_a_string()
    {
        var body = Valid();
        Row(body)["precondition_hash"] = new string('a', 63) + "g";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: must be 64-char SHA-256 hex digest"));

        Row(body)["precondition_hash"] = 7;
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("rows[0]: Invalid input: expected string, received number"));
    }

    [TestCase("1.5", "Invalid input: expected int, received number")]
    [TestCase("-1.5", "Invalid input: expected int, received number")]
    [TestCase("9007199254740992", "Too big: expected int to be <=9007199254740991")]
    [TestCase("1e20", "Too big: expected int to be <=9007199254740991")]
    [TestCase("-9007199254740992", "Too small: expected int to be >=-9007199254740991")]
    [TestCase("-1", "Too small: expected number to be >=0")]
    [TestCase("1e400", "Invalid input: expected number, received number")]
    [TestCase("\"1\"", "Invalid input: expected number, received string")]
    [TestCase("null", "Invalid input: expected number, received null")]
    [TestCase("[1]", "Invalid input: expected number, received array")]
    public void An_int_member_reports_the_reference_messages(string rawJson, string message)
    {
        var body = Valid();
        body["media_candidates"] = new JsonArray(MediaCandidate("m"));
        body["media_candidates"]![0]!["size_bytes"] = "@@";

        Assert.That(IssueOf(ParseWithRaw(body, rawJson)), Is.EqualTo($"media_candidates[0]: {message}"));
    }

    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("-3")]
    public void A_positive_int_member_rejects_zero_and_below(string rawJson)
    {
        var body = Valid();
        Row(body)["values"]!["diff_enc"]!["v"] = "@@";

        Assert.That(IssueOf(ParseWithRaw(body, rawJson)), Is.EqualTo("rows[0]: Too small: expected number to be >0"));
    }

    [Test]
    public void A_required_member_that_is_missing_reads_as_undefined()
    {
        var body = Valid();
        body["media_candidates"] = new JsonArray(MediaCandidate("m"));
        body["media_candidates"]![0]!.AsObject().Remove("size_bytes");

        Assert.That(IssueOf(Parse(body)), Is.EqualTo("media_candidates[0]: Invalid input: expected number, received undefined"));
    }
}
