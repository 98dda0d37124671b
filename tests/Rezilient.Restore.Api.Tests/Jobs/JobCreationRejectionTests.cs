using System.Text.Json.Nodes;

namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>
/// Spec 04 §2.2 in its order, with decisions J1 (plan guard), J2 (blank tables), J5 (idempotency) and J10 (coverage).
/// Every rejection leaves no job, lock or event behind.
/// </summary>
public sealed class JobCreationRejectionTests : JobsTestBase
{
    private async Task AssertNothingStoredAsync() =>
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT (SELECT count(*) FROM rez_restore_index.restore_jobs) + (SELECT count(*) FROM rez_restore_index.restore_job_locks)
                 + (SELECT count(*) FROM rez_restore_index.restore_job_events) + (SELECT count(*) FROM rez_restore_index.restore_audit_events)
            """), Is.Zero);

    [TestCase("lock_scope_tables", """[" ", "  "]""", "lock_scope_tables must include at least one non-blank table")]
    [TestCase("lock_scope_tables", "[]", "Too small: expected array to have >=1 items")]
    [TestCase("plan_hash", "\"abc\"", null)]
    [TestCase("required_capabilities", """["restore_everything"]""", null)]
    [TestCase("approval", "null", null)]
    public async Task Invalid_bodies_are_400_invalid_request(string member, string value, string? message)
    {
        var request = JobsApi.JobRequest(JobsApi.Acme, "plan-1", new string('a', 64), "incident");
        request[member] = JsonNode.Parse(value);

        var response = await Api.CreateJobAsync(request);

        Assert.That(response.Status, Is.EqualTo(400), response.Text);
        Assert.That(response.Json["error"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
        if (message is not null)
        {
            Assert.That(response.Json["message"]!.GetValue<string>(), Is.EqualTo(message));
        }

        await AssertNothingStoredAsync();
    }

    [TestCase("tenant_id", "tenant-other", "tenant_id does not match token scope")]
    [TestCase("instance_id", "sn-other", "instance_id does not match token scope")]
    [TestCase("source", "sn://other", "source does not match token scope")]
    public async Task A_request_outside_the_token_scope_is_403_per_field(string member, string value, string message)
    {
        var request = JobsApi.JobRequest(JobsApi.Acme, "plan-1", new string('a', 64), "incident");
        request[member] = value;

        var response = await Api.CreateJobAsync(request);

        Assert.That(response.Compact, Is.EqualTo(
            $$"""{"error":"scope_blocked","reason_code":"blocked_unknown_source_mapping","message":"{{message}}"}"""));
        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task A_job_without_a_dry_run_plan_in_its_scope_is_409_plan_missing()
    {
        var response = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "no-such-plan", new string('a', 64), "incident"));

        Assert.That(response.Status, Is.EqualTo(409));
        Assert.That(response.Json["error"]!.GetValue<string>(), Is.EqualTo("plan_missing"));
        Assert.That(response.Json["reason_code"]!.GetValue<string>(), Is.EqualTo("blocked_plan_unavailable"));
        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task A_different_hash_is_409_plan_hash_mismatch()
    {
        await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-1", new string('b', 64), "incident"));

        Assert.That((response.Status, response.Json["error"]!.GetValue<string>(), response.Json["reason_code"]!.GetValue<string>()),
            Is.EqualTo((409, "plan_hash_mismatch", "blocked_plan_hash_mismatch")));
        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task A_plan_whose_gate_is_not_executable_is_409_with_the_gate_reason()
    {
        // No fresh index row for this scope's second partition: the plan's freshness is unknown, the gate blocked.
        await Database.ResetAsync();
        var request = Plans.PlanVectors.Load("v01-minimal-table-skip.json")["request"]!.AsObject();
        var plan = await Api.SendAsync(HttpMethod.Post, "/v1/plans/dry-run", JobsApi.Acme, request.ToJsonString());
        var hash = plan.Json["plan"]!["plan_hash"]!.GetValue<string>();

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-v01", hash, "incident"));

        Assert.That(response.Compact, Is.EqualTo(
            """{"error":"plan_not_executable","reason_code":"blocked_freshness_unknown","message":"dry-run plan gate is not executable"}"""));
    }

    [Test]
    public async Task Lock_tables_that_do_not_cover_the_plan_are_409_lock_scope_mismatch()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-2", "incident", "task");

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-2", hash, "incident", "problem"));

        Assert.That(response.Status, Is.EqualTo(409));
        Assert.That(response.Json["error"]!.GetValue<string>(), Is.EqualTo("lock_scope_mismatch"));
        Assert.That(response.Json["message"]!.GetValue<string>(), Does.EndWith("missing: task"));
        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task Another_scopes_plan_is_never_usable_or_revealed()
    {
        var beta = JobsApi.Acme with { TenantId = "tenant-acme", InstanceId = "sn-dev-02" };
        await JobsApi.SeedFreshIndexAsync(Database, beta, Support.RestoreApiFactory.Now);
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(beta, "plan-1", hash, "incident"), beta);

        Assert.That((response.Status, response.Json["error"]!.GetValue<string>()), Is.EqualTo((409, "plan_missing")),
            "the other instance's plan-1 does not exist for this scope (S2)");
        await AssertNothingStoredAsync();
    }

    [Test]
    public async Task The_same_idempotency_key_and_body_return_the_same_job()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var request = JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident");

        var first = await Api.CreateJobAsync(request, idempotencyKey: "retry-1");
        var retry = await Api.CreateJobAsync(request, idempotencyKey: "retry-1");

        Assert.That((first.Status, retry.Status), Is.EqualTo((201, 201)));
        Assert.That(retry.Json["job"]!["job_id"]!.GetValue<string>(), Is.EqualTo(first.Json["job"]!["job_id"]!.GetValue<string>()));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_jobs"), Is.EqualTo(1));

        await Api.CompleteAsync(first.Json["job"]!["job_id"]!.GetValue<string>());
        var later = await Api.CreateJobAsync(request, idempotencyKey: "retry-1");
        Assert.That(later.Compact, Is.EqualTo(first.Compact), "J5: the first response, even after the job changed");
    }

    [Test]
    public async Task The_same_idempotency_key_with_another_body_is_409()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident"), idempotencyKey: "retry-1");
        var other = JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident", "task");

        var response = await Api.CreateJobAsync(other, idempotencyKey: "retry-1");

        Assert.That((response.Status, response.Json["error"]!.GetValue<string>()), Is.EqualTo((409, "idempotency_key_reused")));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_jobs"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_reused_key_is_recognised_before_the_plan_is_checked()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident"), idempotencyKey: "k");

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "no-such-plan", hash, "incident"), idempotencyKey: "k");

        Assert.That(response.Json["error"]!.GetValue<string>(), Is.EqualTo("idempotency_key_reused"));
    }

    [Test]
    public async Task A_repeated_member_with_an_idempotency_key_is_not_a_500()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var body = JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident").ToJsonString()
            .Replace("\"requested_by\":", "\"requested_by\":\"first\",\"requested_by\":", StringComparison.Ordinal);

        var response = await Api.SendAsync(HttpMethod.Post, "/v1/jobs", JobsApi.Acme, body, idempotencyKey: "dup");

        Assert.That(response.Status, Is.EqualTo(201), "the last value wins, as in the reference");
        Assert.That(response.Json["job"]!["requested_by"]!.GetValue<string>(), Is.EqualTo("operator@example.com"));
    }

    [Test]
    public async Task Without_a_key_every_create_is_a_new_job()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var request = JobsApi.JobRequest(JobsApi.Acme, "plan-1", hash, "incident");

        await Api.CreateJobAsync(request);
        var second = await Api.CreateJobAsync(request);

        Assert.That(second.Json["job"]!["status"]!.GetValue<string>(), Is.EqualTo("queued"));
    }
}
