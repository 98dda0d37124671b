using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

/// <summary>
/// The worked examples of spec 04 §3.7 as they play out under decision J8 (strict FIFO per table) and J3 (queue
/// position = live rank within the scope). Where J8 or J3 changes the baseline table, a comment says so.
/// </summary>
public sealed class LockQueueWorkedExampleTests
{
    [Test]
    public void E1_three_jobs_on_one_table_run_one_after_another()
    {
        var queue = new ScopeLockQueueSimulator();

        Assert.That(queue.Create("A", "incident").Runs, Is.True);
        Assert.That(queue.Create("B", "incident").Runs, Is.False);
        Assert.That(queue.Create("C", "incident").Runs, Is.False);
        Assert.That(queue.QueuePositionOf("B"), Is.EqualTo(1));
        Assert.That(queue.QueuePositionOf("C"), Is.EqualTo(2));

        Assert.That(queue.Complete("A").PromotedJobIds, Is.EqualTo(new[] { "B" }));
        Assert.That(queue.StatusOf("C"), Is.EqualTo(JobStatus.Queued));
        // J3 changes the baseline "pos still 2": the position is recomputed on read.
        Assert.That(queue.QueuePositionOf("C"), Is.EqualTo(1));

        Assert.That(queue.Complete("B").PromotedJobIds, Is.EqualTo(new[] { "C" }));
    }

    [Test]
    public void E2_completing_a_wide_job_promotes_both_narrow_jobs_behind_it()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident", "task");

        var b = queue.Create("B", "incident");
        var c = queue.Create("C", "task");

        Assert.That(b.WaitTables, Is.EqualTo(new[] { "incident" }));
        Assert.That(c.WaitTables, Is.EqualTo(new[] { "task" }));
        Assert.That(queue.QueuePositionOf("B"), Is.EqualTo(1));
        Assert.That(queue.QueuePositionOf("C"), Is.EqualTo(2));
        Assert.That(queue.Complete("A").PromotedJobIds, Is.EqualTo(new[] { "B", "C" }));
    }

    [Test]
    public void E3_wait_tables_list_only_the_blocked_tables_in_normalized_order()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident");

        var b = queue.Create("B", "task", "incident");

        Assert.That(b.Runs, Is.False);
        Assert.That(queue.LockScopeTablesOf("B"), Is.EqualTo(new[] { "incident", "task" }));
        Assert.That(b.WaitTables, Is.EqualTo(new[] { "incident" }));
    }

    [Test]
    public void E4_a_narrow_job_no_longer_jumps_ahead_of_a_queued_wide_job()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident");
        var b = queue.Create("B", "incident", "task");

        // J8 changes the baseline: C [task] used to run at once; now it queues behind B, which wants task.
        var c = queue.Create("C", "task");

        Assert.That(b.WaitTables, Is.EqualTo(new[] { "incident" }));
        Assert.That(queue.QueuePositionOf("B"), Is.EqualTo(1));
        Assert.That(c.Runs, Is.False);
        Assert.That(c.WaitTables, Is.EqualTo(new[] { "task" }));
        Assert.That(queue.QueuePositionOf("C"), Is.EqualTo(2));

        // Baseline [] (B blocked by running C); under J8 completing A promotes B, and C stays behind it.
        Assert.That(queue.Complete("A").PromotedJobIds, Is.EqualTo(new[] { "B" }));
        Assert.That(queue.StatusOf("C"), Is.EqualTo(JobStatus.Queued));

        // Baseline: completing running C released task and promoted [B]; here C is still queued and B already runs.
        var completeC = queue.Complete("C");
        Assert.That(completeC.ReleasedLocks, Is.False);
        Assert.That(completeC.PromotedJobIds, Is.Empty);
        Assert.That(queue.StatusOf("B"), Is.EqualTo(JobStatus.Running));
    }

    [Test]
    public void E4_the_narrow_job_runs_once_the_wide_job_ahead_of_it_completes()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident");
        queue.Create("B", "incident", "task");
        queue.Create("C", "task");
        queue.Complete("A");

        Assert.That(queue.Complete("B").PromotedJobIds, Is.EqualTo(new[] { "C" }));
    }

    [Test]
    public void E5_a_job_behind_a_blocked_wide_job_waits_for_it()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident");
        queue.Create("D", "task");
        var b = queue.Create("B", "incident", "task");
        var c = queue.Create("C", "task");

        Assert.That(b.WaitTables, Is.EqualTo(new[] { "incident", "task" }));
        Assert.That(queue.QueuePositionOf("B"), Is.EqualTo(1));
        Assert.That(c.WaitTables, Is.EqualTo(new[] { "task" }));
        Assert.That(queue.QueuePositionOf("C"), Is.EqualTo(2));

        // Baseline [C]; under J8 B (still waiting for incident) reserves task, so C may not overtake it.
        Assert.That(queue.Complete("D").PromotedJobIds, Is.Empty);
        // Baseline [] (C held task); under J8 both of B's tables are free now.
        Assert.That(queue.Complete("A").PromotedJobIds, Is.EqualTo(new[] { "B" }));
        // Baseline: completing running C promoted [B]; here C is still queued, so nothing is released.
        var completeC = queue.Complete("C");
        Assert.That(completeC.ReleasedLocks, Is.False);
        Assert.That(completeC.PromotedJobIds, Is.Empty);
        Assert.That(queue.StatusOf("B"), Is.EqualTo(JobStatus.Running));
    }

    [Test]
    public void E6_cancelling_a_queued_job_releases_nothing_and_promotes_nothing()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident");
        queue.Create("B", "incident");
        queue.Create("C", "incident");

        var cancelB = queue.Complete("B", JobStatus.Cancelled);

        Assert.That(queue.StatusOf("B"), Is.EqualTo(JobStatus.Cancelled));
        Assert.That(cancelB.ReleasedLocks, Is.False);
        Assert.That(cancelB.PromotedJobIds, Is.Empty);
        // J3 changes the baseline "C keeps pos 2": the position is recomputed on read.
        Assert.That(queue.QueuePositionOf("C"), Is.EqualTo(1));
        Assert.That(queue.Complete("A").PromotedJobIds, Is.EqualTo(new[] { "C" }));
    }

    [Test]
    public void E7_jobs_in_different_lock_scopes_never_interact()
    {
        var queue = new ScopeLockQueueSimulator();

        Assert.That(queue.CreateIn("tenant-acme/sn-dev-01", "A", "incident").Runs, Is.True);
        Assert.That(queue.CreateIn("tenant-acme/sn-dev-02", "B", "incident").Runs, Is.True);
    }

    [Test]
    public void E7_a_queued_job_in_another_scope_does_not_hold_back_a_new_job()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.CreateIn("tenant-acme/sn-dev-01", "A", "incident");
        queue.CreateIn("tenant-acme/sn-dev-01", "B", "incident", "task");

        Assert.That(queue.CreateIn("tenant-acme/sn-dev-02", "C", "task").Runs, Is.True);
    }

    [Test]
    public void E8_a_paused_job_keeps_its_tables_until_it_completes()
    {
        var queue = new ScopeLockQueueSimulator();
        queue.Create("A", "incident");
        queue.Pause("A");

        Assert.That(queue.Create("B", "incident").Runs, Is.False);

        var completeA = queue.Complete("A");
        Assert.That(completeA.ReleasedLocks, Is.True);
        Assert.That(completeA.PromotedJobIds, Is.EqualTo(new[] { "B" }));
    }
}
