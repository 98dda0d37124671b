using System.Text.Json.Nodes;

namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>Spec 04 §2 over HTTP: create, read, complete, events, with the rows they leave.</summary>
public sealed class JobLifecycleTests : JobsTestBase
{
    [Test]
    public async Task A_first_job_runs_and_its_record_is_exactly_the_contract()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");

        var created = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash.ToUpperInvariant(), " incident ", "Incident"));

        Assert.That(created.Status, Is.EqualTo(201), created.Text);
        var job = created.Json["job"]!.AsObject();
        var jobId = job["job_id"]!.GetValue<string>();
        Assert.That(jobId, Does.Match("^job_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        var expected = JsonNode.Parse($$"""
            {"contract_version":"restore.contracts.v1","job_id":"{{jobId}}","tenant_id":"tenant-acme","instance_id":"sn-dev-01",
             "source":"sn://acme-dev.service-now.com","plan_id":"plan-1","plan_hash":"{{hash}}","status":"running",
             "status_reason_code":"none","lock_scope_tables":["incident"],"required_capabilities":["restore_execute"],
             "requested_by":"operator@example.com","requested_at":"2026-02-16T12:00:00.000Z",
             "approval":{"approval_required":false,"approval_state":"placeholder_not_enforced","approval_placeholder_mode":"mvp_not_enforced"},
             "metadata_allowlist_version":"rrs.metadata.allowlist.v1","queue_position":null,"wait_reason_code":null,
             "wait_tables":[],"started_at":"2026-02-16T12:00:00.000Z","completed_at":null,"updated_at":"2026-02-16T12:00:00.000Z"}
            """);
        Assert.That(JsonNode.DeepEquals(job, expected), Is.True, created.Compact);
        Assert.That(job.Select(m => m.Key), Is.EqualTo(expected!.AsObject().Select(m => m.Key)), "member order of spec 04 §1.2");

        var fetched = await Api.GetJobAsync(jobId);
        Assert.That(JsonNode.DeepEquals(fetched.Json["job"], job), Is.True);
        Assert.That(await Database.ScalarAsync<string>(
            "SELECT string_agg(table_name || ':' || lock_state, ',') FROM rez_restore_index.restore_job_locks WHERE released_at IS NULL"),
            Is.EqualTo("incident:running"));
    }

    [Test]
    public async Task A_second_job_on_the_same_table_queues_and_is_promoted_when_the_first_completes()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var first = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));

        var second = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident"));
        var secondJob = second.Json["job"]!;
        var secondId = secondJob["job_id"]!.GetValue<string>();
        Assert.That(secondJob["status"]!.GetValue<string>(), Is.EqualTo("queued"));
        Assert.That(secondJob["status_reason_code"]!.GetValue<string>(), Is.EqualTo("queued_scope_lock"));
        Assert.That(secondJob["queue_position"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(secondJob["wait_reason_code"]!.GetValue<string>(), Is.EqualTo("queued_scope_lock"));
        Assert.That(secondJob["wait_tables"]!.ToJsonString(), Is.EqualTo("""["incident"]"""));
        Assert.That(secondJob["started_at"], Is.Null);

        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var completed = await Api.CompleteAsync(first, """{"status":"completed","reason_code":"none"}""");

        Assert.That(completed.Status, Is.EqualTo(200));
        Assert.That(completed.Json["promoted_job_ids"]!.ToJsonString(), Is.EqualTo($"""["{secondId}"]"""));
        Assert.That(completed.Json["job"]!["completed_at"]!.GetValue<string>(), Is.EqualTo("2026-02-16T12:00:02.000Z"));
        var promoted = (await Api.GetJobAsync(secondId)).Json["job"]!;
        Assert.That(promoted["status"]!.GetValue<string>(), Is.EqualTo("running"));
        Assert.That(promoted["queue_position"], Is.Null);
        Assert.That(promoted["wait_tables"]!.ToJsonString(), Is.EqualTo("[]"));
        Assert.That(promoted["started_at"]!.GetValue<string>(), Is.EqualTo("2026-02-16T12:00:02.000Z"));
    }

    [Test]
    public async Task Legacy_and_cross_service_events_tell_the_lifecycle_in_order()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var first = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var second = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        await Api.CompleteAsync(first, """{"status":"failed","reason_code":"failed_internal_error"}""");
        await Api.CompleteAsync(second, """{"status":"cancelled"}""");

        var legacy = (await Api.SendAsync(HttpMethod.Get, $"/v1/jobs/{second}/events", JobsApi.Acme)).Json["events"]!.AsArray();
        Assert.That(legacy.Select(e => e!["event_type"]!.GetValue<string>()),
            Is.EqualTo(new[] { "job_created", "job_queued", "job_started", "job_cancelled" }));
        Assert.That(legacy[0]!["details"]!.ToJsonString(), Is.EqualTo("""{"plan_id":"plan-1"}"""));
        Assert.That(legacy[1]!["details"]!.ToJsonString(), Is.EqualTo("""{"blocked_tables":["incident"],"queue_position":1}"""));
        Assert.That(legacy[2]!["details"]!.ToJsonString(), Is.EqualTo("""{"promoted_from_queue":true}"""));
        Assert.That(legacy[3]!["details"]!.ToJsonString(), Is.EqualTo("""{"released_locks":true}"""));

        var cross = (await Api.SendAsync(HttpMethod.Get, $"/v1/jobs/{second}/events/cross-service", JobsApi.Acme)).Json["events"]!.AsArray();
        Assert.That(cross.Select(e => e!["action"]!.GetValue<string>()),
            Is.EqualTo(new[] { "job_created", "queued_for_lock", "started", "cancelled" }), "time-ordered ids (J11)");
        Assert.That(cross.Select(e => e!["event_id"]!.GetValue<string>()),
            Is.EqualTo(legacy.Select(e => e!["event_id"]!.GetValue<string>())), "each twin reuses the legacy id");
        Assert.That(cross[1]!["reason_code"]!.GetValue<string>(), Is.EqualTo("queued_scope_lock"));
        Assert.That(cross[0]!.AsObject().ContainsKey("reason_code"), Is.False, "omitted for none");
        Assert.That(cross[1]!["metadata"]!.ToJsonString(),
            Is.EqualTo("""{"blocked_tables":["incident"],"queue_position":1,"legacy_event_type":"job_queued"}"""));

        var failed = (await Api.SendAsync(HttpMethod.Get, $"/v1/jobs/{first}/events", JobsApi.Acme)).Json["events"]!.AsArray();
        Assert.That(failed[^1]!["reason_code"]!.GetValue<string>(), Is.EqualTo("failed_internal_error"));
    }

    [Test]
    public async Task Completing_twice_is_409_already_terminal_and_changes_nothing()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var job = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        await Api.CompleteAsync(job);

        var again = await Api.CompleteAsync(job, """{"status":"failed"}""");

        Assert.That(again.Status, Is.EqualTo(409));
        Assert.That(again.Compact, Is.EqualTo("""{"error":"already_terminal","message":"job already completed/failed/cancelled"}"""));
        Assert.That(await Api.StatusAsync(job), Is.EqualTo("completed"));
    }

    [Test]
    public async Task A_queued_job_can_be_cancelled_without_releasing_or_promoting()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var a = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var b = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var c = await Api.CreateJobIdAsync("plan-1", hash, "incident");

        var cancelled = await Api.CompleteAsync(b, """{"status":"cancelled"}""");

        Assert.That(cancelled.Json["promoted_job_ids"]!.ToJsonString(), Is.EqualTo("[]"));
        Assert.That(cancelled.Json["job"]!["started_at"], Is.Null);
        var events = (await Api.SendAsync(HttpMethod.Get, $"/v1/jobs/{b}/events", JobsApi.Acme)).Json["events"]!.AsArray();
        Assert.That(events[^1]!["event_type"]!.GetValue<string>(), Is.EqualTo("job_cancelled"));
        Assert.That(events[^1]!["details"]!.ToJsonString(), Is.EqualTo("""{"released_locks":false}"""));
        Assert.That((await Api.GetJobAsync(c)).Json["job"]!["queue_position"]!.GetValue<int>(), Is.EqualTo(1), "live position (J3)");
        Assert.That(await Api.PromotedAsync(a), Is.EqualTo(new[] { c }));
    }

    [TestCase("""{}""", "Invalid option")]
    [TestCase("""{"status":"running"}""", "Invalid option")]
    [TestCase("""{"status":"completed","reason_code":"nope"}""", "Invalid option")]
    [TestCase("""{"status":"completed","extra":1}""", "Unrecognized key")]
    public async Task Invalid_completion_bodies_are_400_without_reason_code(string body, string messageStart)
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var job = await Api.CreateJobIdAsync("plan-1", hash, "incident");

        var response = await Api.CompleteAsync(job, body);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Json["error"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
        Assert.That(response.Json["message"]!.GetValue<string>(), Does.Contain(messageStart));
        Assert.That(response.Json.ContainsKey("reason_code"), Is.False);
        Assert.That(await Api.StatusAsync(job), Is.EqualTo("running"));
    }

    [Test]
    public async Task Another_scopes_job_is_the_scoped_404_even_with_a_bad_or_huge_body()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var job = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var other = JobsApi.Acme with { TenantId = "tenant-other" };
        const string Scoped404 = """{"error":"not_found","reason_code":"blocked_unknown_source_mapping","message":"resource not found within token scope"}""";

        Assert.That((await Api.GetJobAsync(job, other)).Compact, Is.EqualTo(Scoped404));
        Assert.That((await Api.SendAsync(HttpMethod.Get, $"/v1/jobs/{job}/events", other)).Compact, Is.EqualTo(Scoped404));
        Assert.That((await Api.CompleteAsync(job, "{not json", other)).Compact, Is.EqualTo(Scoped404));
        Assert.That((await Api.CompleteAsync(job, new string('x', 2_000_000), other)).Compact, Is.EqualTo(Scoped404));
        Assert.That((await Api.CompleteAsync("job_unknown", "{not json")).Compact, Is.EqualTo(Scoped404));
        Assert.That((await Api.CompleteAsync(job, new string(' ', 10) + "[1,")).Status, Is.EqualTo(400), "in scope: the body is read");
        Assert.That((await Api.CompleteAsync(job, new string('x', 2_000_000))).Status, Is.EqualTo(413));
    }
}
