namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>
/// The worked examples of spec 04 §3.7 through HTTP, as decision J8 (strict FIFO per table) plays them: a queued job
/// reserves its tables, so later jobs never overtake it.
/// </summary>
public sealed class LockQueueExampleTests : JobsTestBase
{
    private string incident = null!;
    private string incidentTask = null!;
    private string task = null!;

    [SetUp]
    public async Task CreatePlans()
    {
        incident = await Api.CreatePlanAsync(JobsApi.Acme, "p-incident", "incident");
        incidentTask = await Api.CreatePlanAsync(JobsApi.Acme, "p-incident-task", "incident", "task");
        task = await Api.CreatePlanAsync(JobsApi.Acme, "p-task", "task");
    }

    [Test]
    public async Task E1_three_jobs_on_one_table_run_in_creation_order()
    {
        var a = await Api.CreateJobIdAsync("p-incident", incident, "incident");
        var b = await Api.CreateJobIdAsync("p-incident", incident, "incident");
        var c = await Api.CreateJobIdAsync("p-incident", incident, "incident");

        Assert.That(await Api.PromotedAsync(a), Is.EqualTo(new[] { b }));
        Assert.That(await Api.StatusAsync(c), Is.EqualTo("queued"));
        Assert.That(await Api.PromotedAsync(b), Is.EqualTo(new[] { c }));
    }

    [Test]
    public async Task E2_one_completion_promotes_every_job_it_unblocks_in_queue_order()
    {
        var a = await Api.CreateJobIdAsync("p-incident-task", incidentTask, "incident", "task");
        var b = await Api.CreateJobIdAsync("p-incident", incident, "incident");
        var c = await Api.CreateJobIdAsync("p-task", task, "task");

        Assert.That(await Api.PromotedAsync(a), Is.EqualTo(new[] { b, c }));
    }

    [Test]
    public async Task E4_under_J8_a_narrow_job_waits_behind_an_earlier_queued_wide_job()
    {
        var a = await Api.CreateJobIdAsync("p-incident", incident, "incident");
        var b = await Api.CreateJobIdAsync("p-incident-task", incidentTask, "incident", "task");
        var c = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "p-task", task, "task"));

        Assert.That(c.Json["job"]!["status"]!.GetValue<string>(), Is.EqualTo("queued"), "task is reserved by B");
        Assert.That(c.Json["job"]!["wait_tables"]!.ToJsonString(), Is.EqualTo("""["task"]"""));
        Assert.That(await Api.PromotedAsync(a), Is.EqualTo(new[] { b }));
        Assert.That(await Api.PromotedAsync(b), Is.EqualTo(new[] { c.Json["job"]!["job_id"]!.GetValue<string>() }));
    }

    [Test]
    public async Task E7_jobs_of_different_instances_never_wait_for_each_other()
    {
        var other = JobsApi.Acme with { InstanceId = "sn-dev-02" };
        await JobsApi.SeedFreshIndexAsync(Database, other, Support.RestoreApiFactory.Now);
        var otherHash = await Api.CreatePlanAsync(other, "p-incident", "incident");
        await Api.CreateJobIdAsync("p-incident", incident, "incident");

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(other, "p-incident", otherHash, "incident"), other);

        Assert.That(response.Json["job"]!["status"]!.GetValue<string>(), Is.EqualTo("running"));
        Assert.That(response.Json["job"]!["queue_position"], Is.Null);
    }

    [Test]
    public async Task Table_names_differing_in_case_are_one_lock()
    {
        await Api.CreateJobIdAsync("p-incident", incident, "incident");

        var response = await Api.CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, "p-incident", incident, "INCIDENT"));

        Assert.That(response.Json["job"]!["status"]!.GetValue<string>(), Is.EqualTo("queued"));
        Assert.That(response.Json["job"]!["lock_scope_tables"]!.ToJsonString(), Is.EqualTo("""["incident"]"""));
    }
}
