using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

public sealed class LockQueuePolicyTests
{
    private static readonly HashSet<string> Nothing = new(StringComparer.Ordinal);

    [Test]
    public void A_job_whose_tables_are_free_runs_with_no_wait_tables()
    {
        var admission = LockQueuePolicy.Admit(["incident", "task"], Set("problem"), Set("change_request"));

        Assert.That(admission.Runs, Is.True);
        Assert.That(admission.WaitTables, Is.Empty);
    }

    [Test]
    public void A_job_queues_when_a_table_is_held_by_a_lock_holder()
    {
        var admission = LockQueuePolicy.Admit(["incident"], Set("incident"), Nothing);

        Assert.That(admission.Runs, Is.False);
        Assert.That(admission.WaitTables, Is.EqualTo(new[] { "incident" }));
    }

    [Test]
    public void A_job_blocked_only_by_an_earlier_queued_job_waits()
    {
        // A [incident] runs, B [incident, task] is queued; C [task] finds task free of holders but wanted by B.
        var admission = LockQueuePolicy.Admit(["task"], Set("incident"), Set("incident", "task"));

        Assert.That(admission.Runs, Is.False);
        Assert.That(admission.WaitTables, Is.EqualTo(new[] { "task" }));
    }

    [Test]
    public void Wait_tables_are_the_held_or_wanted_tables_in_the_jobs_normalized_order()
    {
        var admission = LockQueuePolicy.Admit(["a_1", "b", "c", "d"], Set("d", "zz"), Set("a_1"));

        Assert.That(admission.WaitTables, Is.EqualTo(new[] { "a_1", "d" }));
    }

    [Test]
    public void Tables_differing_only_in_case_do_not_block_each_other()
    {
        var admission = LockQueuePolicy.Admit(["Incident"], Set("incident"), Set("incident"));

        Assert.That(admission.Runs, Is.True);
    }

    [Test]
    public void Other_scopes_are_the_callers_concern_so_only_the_given_sets_decide()
    {
        // incident held on sn-dev-01 is simply not passed when admitting on sn-dev-02 (spec 04 E-7).
        var admission = LockQueuePolicy.Admit(["incident"], Nothing, Nothing);

        Assert.That(admission.Runs, Is.True);
    }

    [Test]
    public void Promotion_of_an_empty_queue_promotes_nothing()
    {
        Assert.That(LockQueuePolicy.Promote(Nothing, []), Is.Empty);
    }

    [Test]
    public void Disjoint_jobs_in_one_queue_both_promote_in_queue_order()
    {
        var promoted = LockQueuePolicy.Promote(Nothing, [Entry("B", "incident"), Entry("C", "task")]);

        Assert.That(Ids(promoted), Is.EqualTo(new[] { "B", "C" }));
    }

    [Test]
    public void A_promoted_job_blocks_later_queued_jobs_in_the_same_pass()
    {
        var promoted = LockQueuePolicy.Promote(Nothing, [Entry("B", "incident"), Entry("C", "incident")]);

        Assert.That(Ids(promoted), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void Promotion_never_lets_a_later_job_overtake_an_earlier_queued_job_that_wants_one_of_its_tables()
    {
        // B still waits for incident; C's task is free of holders but B reserves it.
        var promoted = LockQueuePolicy.Promote(Set("incident"), [Entry("B", "incident", "task"), Entry("C", "task")]);

        Assert.That(promoted, Is.Empty);
    }

    [Test]
    public void A_later_job_that_shares_nothing_with_a_blocked_earlier_job_promotes()
    {
        var promoted = LockQueuePolicy.Promote(
            Set("incident"),
            [Entry("B", "incident", "task"), Entry("C", "problem"), Entry("D", "task", "change_request")]);

        Assert.That(Ids(promoted), Is.EqualTo(new[] { "C" }));
    }

    [Test]
    public void A_reservation_reaches_past_jobs_in_between()
    {
        // B reserves task; C is promoted on problem; D wants task and must stay behind B.
        var promoted = LockQueuePolicy.Promote(
            Set("incident"),
            [Entry("B", "incident", "task"), Entry("C", "problem"), Entry("D", "task")]);

        Assert.That(Ids(promoted), Is.EqualTo(new[] { "C" }));
    }

    [Test]
    public void Promotion_returns_the_callers_entries()
    {
        var entry = Entry("B", "incident");

        var promoted = LockQueuePolicy.Promote(Nothing, [entry]);

        Assert.That(promoted.Single(), Is.SameAs(entry));
    }

    private static HashSet<string> Set(params string[] tables) => new(tables, StringComparer.Ordinal);

    private static LockQueueEntry Entry(string jobId, params string[] tables) => new(jobId, tables);

    private static IEnumerable<string> Ids(IEnumerable<LockQueueEntry> entries) => entries.Select(entry => entry.JobId);
}
