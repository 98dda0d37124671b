using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

public sealed class CrossServiceEventTests
{
    private const string PlanHash = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string CreatedAt = "2026-02-16T12:00:00.000Z";

    private static readonly JobAuditContext Job = new(
        "tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com", "plan-2", PlanHash, "job_1b4e28ba-2fa1-4d2b-9b4e-0a9f2c7d8e61");

    private static IEnumerable<TestCaseData> EveryLegacyEvent()
    {
        yield return Case("job_created", LegacyEventDetails.Created("plan-2"), "plan", "job_created", "accepted");
        yield return Case("job_queued", LegacyEventDetails.Queued(["incident"], 1), "execute", "queued_for_lock", "queued");
        yield return Case("job_started", LegacyEventDetails.StartedAtCreation(["incident"]), "execute", "started", "started")
            .SetArgDisplayNames("job_started at creation");
        yield return Case("job_started", LegacyEventDetails.Promoted(), "execute", "started", "started")
            .SetArgDisplayNames("job_started promoted");
        yield return Case("job_started", LegacyEventDetails.Resumed(), "resume", "resumed", "started")
            .SetArgDisplayNames("job_started resumed");
        yield return Case("job_paused", LegacyEventDetails.Paused(), "resume", "paused", "paused");
        yield return Case("job_completed", LegacyEventDetails.Terminal(true), "execute", "completed", "completed");
        yield return Case("job_failed", LegacyEventDetails.Terminal(true), "execute", "failed", "failed");
        yield return Case("job_cancelled", LegacyEventDetails.Terminal(false), "execute", "cancelled", "cancelled");

        static TestCaseData Case(string type, JsonObject details, string lifecycle, string action, string outcome) =>
            new TestCaseData(type, details, lifecycle, action, outcome).SetArgDisplayNames(type);
    }

    [TestCaseSource(nameof(EveryLegacyEvent))]
    public void Every_legacy_event_type_maps_to_its_lifecycle_action_and_outcome(
        string eventType, JsonObject details, string lifecycle, string action, string outcome)
    {
        Assert.That(CrossServiceEvent.Classify(eventType, details), Is.EqualTo((lifecycle, action, outcome)));

        var twin = CrossServiceEvent.FromLegacy(Legacy(eventType, "none", details), Job);

        Assert.That((Text(twin, "lifecycle"), Text(twin, "action"), Text(twin, "outcome")), Is.EqualTo((lifecycle, action, outcome)));
    }

    [Test]
    public void The_job_queued_twin_matches_the_spec_example_member_by_member_in_order()
    {
        var legacy = Legacy("job_queued", "queued_scope_lock", LegacyEventDetails.Queued(["incident"], 1));

        var twin = CrossServiceEvent.FromLegacy(legacy, Job);

        Assert.That(twin.ToJsonString(), Is.EqualTo(
            "{\"contract_version\":\"audit.contracts.v1\",\"schema_version\":\"audit.event.v1\"," +
            "\"event_id\":\"evt_0c1d\",\"occurred_at\":\"2026-02-16T12:00:00.000Z\",\"service\":\"rrs\"," +
            "\"lifecycle\":\"execute\",\"action\":\"queued_for_lock\",\"outcome\":\"queued\"," +
            "\"tenant_id\":\"tenant-acme\",\"instance_id\":\"sn-dev-01\",\"source\":\"sn://acme-dev.service-now.com\"," +
            "\"plan_id\":\"plan-2\",\"plan_hash\":\"" + new string('a', 64) + "\"," +
            "\"job_id\":\"job_1b4e28ba-2fa1-4d2b-9b4e-0a9f2c7d8e61\",\"reason_code\":\"queued_scope_lock\"," +
            "\"metadata\":{\"blocked_tables\":[\"incident\"],\"queue_position\":1,\"legacy_event_type\":\"job_queued\"}}"));
    }

    [Test]
    public void Reason_code_none_is_omitted()
    {
        var twin = CrossServiceEvent.FromLegacy(Legacy("job_created", "none", LegacyEventDetails.Created("plan-2")), Job);

        Assert.That(twin.ContainsKey("reason_code"), Is.False);
        Assert.That(twin.Select(member => member.Key), Is.EqualTo(new[]
        {
            "contract_version", "schema_version", "event_id", "occurred_at", "service", "lifecycle", "action",
            "outcome", "tenant_id", "instance_id", "source", "plan_id", "plan_hash", "job_id", "metadata",
        }));
    }

    [Test]
    public void Any_other_reason_code_is_carried_before_metadata()
    {
        var legacy = Legacy("job_failed", "failed_internal_error", LegacyEventDetails.Terminal(true));

        var twin = CrossServiceEvent.FromLegacy(legacy, Job);

        Assert.That(Text(twin, "reason_code"), Is.EqualTo("failed_internal_error"));
        Assert.That(twin.Select(member => member.Key).TakeLast(3), Is.EqualTo(new[] { "job_id", "reason_code", "metadata" }));
    }

    [Test]
    public void Plan_hash_is_lower_cased()
    {
        var twin = CrossServiceEvent.FromLegacy(Legacy("job_created", "none", LegacyEventDetails.Created("plan-2")), Job);

        Assert.That(Text(twin, "plan_hash"), Is.EqualTo(new string('a', 64)));
    }

    [Test]
    public void Metadata_lists_every_legacy_detail_in_order_then_the_legacy_event_type()
    {
        var details = new JsonObject { ["zeta"] = 1, ["alpha"] = new JsonArray("x", "y"), ["mid"] = null };

        var twin = CrossServiceEvent.FromLegacy(Legacy("job_paused", "paused_entitlement_disabled", details), Job);

        Assert.That(
            twin["metadata"]!.ToJsonString(),
            Is.EqualTo("""{"zeta":1,"alpha":["x","y"],"mid":null,"legacy_event_type":"job_paused"}"""));
    }

    [Test]
    public void Empty_details_give_metadata_with_only_the_legacy_event_type()
    {
        var twin = CrossServiceEvent.FromLegacy(Legacy("job_paused", "paused_token_refresh_grace_exhausted", LegacyEventDetails.Paused()), Job);

        Assert.That(twin["metadata"]!.ToJsonString(), Is.EqualTo("""{"legacy_event_type":"job_paused"}"""));
    }

    [Test]
    public void The_legacy_details_are_left_untouched()
    {
        var details = LegacyEventDetails.StartedAtCreation(["incident"]);

        CrossServiceEvent.FromLegacy(Legacy("job_started", "none", details), Job);

        Assert.That(details.ToJsonString(), Is.EqualTo("""{"lock_scope_tables":["incident"]}"""));
        Assert.That(details["lock_scope_tables"]!.Parent, Is.SameAs(details));
    }

    [Test]
    public void Event_id_and_occurred_at_come_from_the_legacy_event()
    {
        var twin = CrossServiceEvent.FromLegacy(
            new LegacyEventSnapshot("evt_x", "job_completed", "none", "2026-03-01T00:00:00.123Z", LegacyEventDetails.Terminal(true)),
            Job);

        Assert.That(Text(twin, "event_id"), Is.EqualTo("evt_x"));
        Assert.That(Text(twin, "occurred_at"), Is.EqualTo("2026-03-01T00:00:00.123Z"));
    }

    [Test]
    public void Only_a_json_true_resumed_from_pause_makes_a_start_a_resume()
    {
        var stringTrue = new JsonObject { ["resumed_from_pause"] = "true" };
        var jsonFalse = new JsonObject { ["resumed_from_pause"] = false };

        Assert.That(CrossServiceEvent.Classify("job_started", stringTrue), Is.EqualTo(("execute", "started", "started")));
        Assert.That(CrossServiceEvent.Classify("job_started", jsonFalse), Is.EqualTo(("execute", "started", "started")));
    }

    [Test]
    public void A_parsed_resumed_from_pause_true_is_a_resume()
    {
        var parsed = JsonNode.Parse("""{"resumed_from_pause":true}""")!.AsObject();

        Assert.That(CrossServiceEvent.Classify("job_started", parsed), Is.EqualTo(("resume", "resumed", "started")));
    }

    [Test]
    public void An_unknown_event_type_is_rejected()
    {
        Assert.That(() => CrossServiceEvent.Classify("job_exploded", new JsonObject()), Throws.ArgumentException);
    }

    private static LegacyEventSnapshot Legacy(string eventType, string reasonCode, JsonObject details) =>
        new("evt_0c1d", eventType, reasonCode, CreatedAt, details);

    private static string Text(JsonObject twin, string member) => twin[member]!.GetValue<string>();
}
