using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

public sealed class JobVocabularyTests
{
    [TestCase("queued", false, false)]
    [TestCase("running", false, true)]
    [TestCase("paused", false, true)]
    [TestCase("completed", true, false)]
    [TestCase("failed", true, false)]
    [TestCase("cancelled", true, false)]
    public void Each_status_is_terminal_or_a_lock_holder_as_spec_04_defines(string status, bool terminal, bool holdsLocks)
    {
        Assert.Multiple(() =>
        {
            Assert.That(JobStatus.IsTerminal(status), Is.EqualTo(terminal));
            Assert.That(JobStatus.HoldsLocks(status), Is.EqualTo(holdsLocks));
        });
    }

    [Test]
    public void Status_constants_carry_the_wire_values()
    {
        string[] statuses =
            [JobStatus.Queued, JobStatus.Running, JobStatus.Paused, JobStatus.Completed, JobStatus.Failed, JobStatus.Cancelled];

        Assert.That(statuses, Is.EqualTo(new[] { "queued", "running", "paused", "completed", "failed", "cancelled" }));
    }

    [Test]
    public void Completion_targets_are_the_three_terminal_statuses()
    {
        Assert.That(JobStatus.CompletionTargets, Is.EqualTo(new[] { "completed", "failed", "cancelled" }));
    }

    [Test]
    public void Capabilities_are_listed_in_spec_order()
    {
        Assert.That(
            RestoreCapability.All,
            Is.EqualTo(new[] { "restore_execute", "restore_delete", "restore_override_caps", "restore_schema_override" }));
    }

    [TestCase("completed", "job_completed")]
    [TestCase("failed", "job_failed")]
    [TestCase("cancelled", "job_cancelled")]
    public void A_completion_status_maps_to_its_terminal_event(string status, string eventType)
    {
        Assert.That(JobEventType.ForCompletion(status), Is.EqualTo(eventType));
    }

    [TestCase("running")]
    [TestCase("queued")]
    [TestCase("paused")]
    public void A_non_terminal_status_has_no_terminal_event(string status)
    {
        Assert.That(() => JobEventType.ForCompletion(status), Throws.ArgumentException);
    }

    [Test]
    public void Event_type_constants_carry_the_wire_values()
    {
        string[] types =
        [
            JobEventType.JobCreated, JobEventType.JobQueued, JobEventType.JobStarted, JobEventType.JobPaused,
            JobEventType.JobCompleted, JobEventType.JobFailed, JobEventType.JobCancelled,
        ];

        Assert.That(types, Is.EqualTo(new[]
        {
            "job_created", "job_queued", "job_started", "job_paused", "job_completed", "job_failed", "job_cancelled",
        }));
    }
}
