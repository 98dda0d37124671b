namespace Rezilient.Restore.Domain.Jobs;

/// <summary>Legacy job event types (spec 04 §1.5, §5.1).</summary>
public static class JobEventType
{
    public const string JobCreated = "job_created";
    public const string JobQueued = "job_queued";
    public const string JobStarted = "job_started";
    public const string JobPaused = "job_paused";
    public const string JobCompleted = "job_completed";
    public const string JobFailed = "job_failed";
    public const string JobCancelled = "job_cancelled";

    /// <summary>The terminal event for a completion target status (spec 04 K-R6).</summary>
    public static string ForCompletion(string status) => status switch
    {
        JobStatus.Completed => JobCompleted,
        JobStatus.Failed => JobFailed,
        JobStatus.Cancelled => JobCancelled,
        _ => throw new ArgumentException($"'{status}' is not a completion status.", nameof(status)),
    };
}
