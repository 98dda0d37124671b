using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;
using static Rezilient.Restore.Application.Tests.Plans.Parsing.DryRunBodies;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>The validated values of spec 03 §9 rule 1, which are hashed and returned, so they must be exact.</summary>
public sealed class DryRunNormalizationTests
{
    private static readonly string UpperHex = new('A', 64);
    private static readonly string LowerHex = new('a', 64);

    [TestCase("128.0")]
    [TestCase("1.28e2")]
    [TestCase("12800E-2")]
    public void A_float_written_integer_becomes_an_integer_node(string rawJson)
    {
        var body = Valid();
        body["media_candidates"] = new JsonArray(MediaCandidate("m"));
        body["media_candidates"]![0]!["size_bytes"] = "@@";

        var size = RequestOf(ParseWithRaw(body, rawJson)).MediaCandidates[0].Json["size_bytes"]!;

        Assert.That(size.ToJsonString(), Is.EqualTo("128"));
        Assert.That(size.AsValue().TryGetValue<long>(out var value) && value == 128, Is.True);
    }

    [Test]
    public void Minus_zero_becomes_zero()
    {
        var body = Valid();
        RowMetadata(body)["partition"] = "@@";

        var row = RequestOf(ParseWithRaw(body, "-0")).Rows[0];

        Assert.That(row.Json["metadata"]!["metadata"]!["partition"]!.ToJsonString(), Is.EqualTo("0"));
        Assert.That(row.Partition, Is.Zero);
    }

    [Test]
    public void Hex_digests_are_lower_cased_except_the_encrypted_payload_sha256()
    {
        var body = Valid();
        Row(body)["precondition_hash"] = UpperHex;
        RowMetadata(body)["sha256_plain"] = UpperHex;
        Row(body)["values"]!["diff_enc"]!["sha256"] = "ABC";
        var media = MediaCandidate("m");
        media["sha256_plain"] = UpperHex;
        media["observed_sha256_plain"] = UpperHex;
        body["media_candidates"] = new JsonArray(media);
        body["approval"] = new JsonObject
        {
            ["approval_required"] = false,
            ["approval_state"] = "requested",
            ["approval_snapshot_hash"] = UpperHex,
            ["approval_placeholder_mode"] = "mvp_not_enforced",
        };

        var request = RequestOf(Parse(body));

        var row = request.Rows[0].Json;
        Assert.That(row["precondition_hash"]!.GetValue<string>(), Is.EqualTo(LowerHex));
        Assert.That(row["metadata"]!["metadata"]!["sha256_plain"]!.GetValue<string>(), Is.EqualTo(LowerHex));
        Assert.That(row["values"]!["diff_enc"]!["sha256"]!.GetValue<string>(), Is.EqualTo("ABC"));
        Assert.That(request.MediaCandidates[0].Json["sha256_plain"]!.GetValue<string>(), Is.EqualTo(LowerHex));
        Assert.That(request.MediaCandidates[0].Json["observed_sha256_plain"]!.GetValue<string>(), Is.EqualTo(LowerHex));
        Assert.That(request.Approval!["approval_snapshot_hash"]!.GetValue<string>(), Is.EqualTo(LowerHex));
    }

    [Test]
    public void Strings_and_timestamps_are_kept_exactly_as_sent()
    {
        var body = Valid();
        body["pit"]!["restore_time"] = "2026-02-16T12:00:00Z";
        RowMetadata(body)["__time"] = "2026-02-16T11:59:59Z";
        RowMetadata(body)["topic"] = " rez.cdc ";
        body["plan_id"] = "  plan with spaces ";

        var request = RequestOf(Parse(body));

        Assert.That(request.Pit["restore_time"]!.GetValue<string>(), Is.EqualTo("2026-02-16T12:00:00Z"));
        Assert.That(request.Rows[0].Json["metadata"]!["metadata"]!["__time"]!.GetValue<string>(), Is.EqualTo("2026-02-16T11:59:59Z"));
        Assert.That(request.Rows[0].Topic, Is.EqualTo(" rez.cdc "));
        Assert.That(request.PlanId, Is.EqualTo("  plan with spaces "));
    }

    [Test]
    public void Omitted_optional_members_stay_absent_and_a_skip_row_keeps_empty_values()
    {
        var body = Valid();
        Row(body)["action"] = "skip";
        Row(body)["values"] = new JsonObject();
        RowMetadata(body).Remove("topic");
        RowMetadata(body).Remove("partition");

        var request = RequestOf(Parse(body));

        Assert.That(request.Scope.Select(member => member.Key), Is.EqualTo(new[] { "mode", "tables" }));
        Assert.That(request.Rows[0].Json["values"]!.ToJsonString(), Is.EqualTo("{}"));
        Assert.That(request.Rows[0].Topic, Is.Null);
        Assert.That(request.Rows[0].Partition, Is.Null);
        Assert.That(request.Approval, Is.Null);
        Assert.That(request.Conflicts, Is.Empty);
        Assert.That(request.DeleteCandidates, Is.Empty);
        Assert.That(request.MediaCandidates, Is.Empty);
        Assert.That(request.PitCandidates, Is.Empty);
    }

    [Test]
    public void A_repeated_member_name_takes_its_last_value()
    {
        var body = Valid();
        body["plan_id"] = "@@";

        var request = RequestOf(ParseWithRaw(body, "\"\", \"plan_id\": 5, \"plan_id\": \"second\""));

        Assert.That(request.PlanId, Is.EqualTo("second"));
    }

    [Test]
    public void The_typed_pieces_carry_the_members_the_planner_uses()
    {
        var body = Valid();
        body["conflicts"] = new JsonArray(new JsonObject
        {
            ["conflict_id"] = "c-1", ["class"] = "value_conflict", ["table"] = "incident", ["record_sys_id"] = "rec-01",
            ["reason_code"] = "none", ["reason"] = "changed", ["resolution"] = "skip",
            ["observed_at"] = "2026-02-16T12:00:00Z",
        });
        body["delete_candidates"] = new JsonArray(new JsonObject
        {
            ["candidate_id"] = "d-1", ["row_id"] = "row-01", ["table"] = "incident", ["record_sys_id"] = "rec-01",
        });
        var media = MediaCandidate("m-1");
        media["decision"] = "exclude";
        body["media_candidates"] = new JsonArray(media);
        var pit = PitCandidate("2026-02-16 12:00:00", "2026-02-16 12:00:01");
        pit["versions"]![1]!["sys_mod_count"] = 4;
        body["pit_candidates"] = new JsonArray(pit);

        var request = RequestOf(Parse(body));

        Assert.That(request.Rows[0], Has.Property("RowId").EqualTo("row-01").And.Property("Action").EqualTo("update")
            .And.Property("Topic").EqualTo("rez.cdc").And.Property("Partition").EqualTo(1L));
        Assert.That(request.Conflicts[0], Has.Property("Class").EqualTo("value_conflict").And.Property("Resolution").EqualTo("skip"));
        Assert.That(request.DeleteCandidates[0].Decision, Is.Null);
        Assert.That(request.MediaCandidates[0], Has.Property("CandidateId").EqualTo("m-1").And.Property("Decision").EqualTo("exclude"));
        Assert.That(request.Watermarks, Is.EqualTo(new[] { ("rez.cdc", 1L) }));
        Assert.That(request.PitCandidates[0].Versions, Is.EqualTo(new[]
        {
            new PitVersion("2026-02-16 12:00:00", null, "2026-02-16T12:00:00Z", "evt-0"),
            new PitVersion("2026-02-16 12:00:01", 4, "2026-02-16T12:00:00Z", "evt-1"),
        }));
        Assert.That(request.TenantId, Is.EqualTo("tenant-acme"));
        Assert.That(request.RequestedBy, Is.EqualTo("operator@example.com"));
    }

    [Test]
    public void Watermark_members_other_than_topic_and_partition_are_validated_but_not_kept()
    {
        var body = Valid();
        body["watermarks"]![0]!["freshness"] = "stale";
        body["watermarks"]![0]!["executability"] = "preview_only";
        body["watermarks"]![0]!["topic"] = "other";

        Assert.That(RequestOf(Parse(body)).Watermarks, Is.EqualTo(new[] { ("other", 1L) }));
        body["watermarks"]![0]!["executability"] = "executable";
        Assert.That(IssueOf(Parse(body)), Is.EqualTo("watermarks[0]: stale or unknown watermark cannot be executable"));
    }
}
