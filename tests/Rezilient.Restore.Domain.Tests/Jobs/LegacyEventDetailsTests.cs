using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Jobs;
using Rezilient.Restore.Domain.Tests.Plans;

namespace Rezilient.Restore.Domain.Tests.Jobs;

public sealed class LegacyEventDetailsTests
{
    private static readonly string[] EvidenceVectors =
    [
        "v1-basic-completed", "v2-paused-resumed", "v3-failed-media-deletes-unicode",
        "v4-row-id-key-ordering", "v5-queued-promoted-runtime-conflict", "v6-skip-only-no-journal",
    ];

    [Test]
    public void Job_created_carries_the_plan_id()
    {
        Assert.That(LegacyEventDetails.Created("plan-1").ToJsonString(), Is.EqualTo("""{"plan_id":"plan-1"}"""));
    }

    [Test]
    public void Job_started_at_creation_carries_the_lock_scope_tables()
    {
        Assert.That(
            LegacyEventDetails.StartedAtCreation(["incident", "task"]).ToJsonString(),
            Is.EqualTo("""{"lock_scope_tables":["incident","task"]}"""));
    }

    [Test]
    public void Job_queued_carries_the_blocked_tables_then_the_queue_position()
    {
        Assert.That(
            LegacyEventDetails.Queued(["incident"], 2).ToJsonString(),
            Is.EqualTo("""{"blocked_tables":["incident"],"queue_position":2}"""));
    }

    [Test]
    public void Job_started_by_promotion_says_promoted_from_queue()
    {
        Assert.That(LegacyEventDetails.Promoted().ToJsonString(), Is.EqualTo("""{"promoted_from_queue":true}"""));
    }

    [Test]
    public void Job_started_by_resume_says_resumed_from_pause()
    {
        Assert.That(LegacyEventDetails.Resumed().ToJsonString(), Is.EqualTo("""{"resumed_from_pause":true}"""));
    }

    [Test]
    public void Job_paused_has_empty_details()
    {
        Assert.That(LegacyEventDetails.Paused().ToJsonString(), Is.EqualTo("{}"));
    }

    [TestCase(true, """{"released_locks":true}""")]
    [TestCase(false, """{"released_locks":false}""")]
    public void A_terminal_event_says_whether_locks_were_released(bool releasedLocks, string expected)
    {
        Assert.That(LegacyEventDetails.Terminal(releasedLocks).ToJsonString(), Is.EqualTo(expected));
    }

    [Test]
    public void Each_call_returns_a_fresh_object()
    {
        var first = LegacyEventDetails.Paused();
        first["extra"] = 1;

        Assert.That(LegacyEventDetails.Paused().ToJsonString(), Is.EqualTo("{}"));
    }

    [Test]
    public void The_factories_rebuild_every_event_payload_of_the_evidence_vectors()
    {
        Assert.Multiple(() =>
        {
            foreach (var vector in EvidenceVectors)
            {
                foreach (var recorded in SharedVectors.Load("evidence", vector + ".json")["inputs"]!["job_events"]!.AsArray())
                {
                    var details = recorded!["details"]!.AsObject();
                    var rebuilt = Rebuild(recorded["event_type"].Text(), details);

                    Assert.That(rebuilt.ToJsonString(), Is.EqualTo(details.ToJsonString()), $"{vector} {recorded["event_id"]}");
                }
            }
        });
    }

    private static JsonObject Rebuild(string eventType, JsonObject details) => eventType switch
    {
        JobEventType.JobCreated => LegacyEventDetails.Created(details["plan_id"].Text()),
        JobEventType.JobQueued => LegacyEventDetails.Queued(
            Strings(details["blocked_tables"]), details["queue_position"]!.GetValue<int>()),
        JobEventType.JobStarted when details.ContainsKey("lock_scope_tables") =>
            LegacyEventDetails.StartedAtCreation(Strings(details["lock_scope_tables"])),
        JobEventType.JobStarted when details.ContainsKey("promoted_from_queue") => LegacyEventDetails.Promoted(),
        JobEventType.JobStarted => LegacyEventDetails.Resumed(),
        JobEventType.JobPaused => LegacyEventDetails.Paused(),
        _ => LegacyEventDetails.Terminal(details["released_locks"]!.GetValue<bool>()),
    };

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(item => item.Text()).ToList();
}
