namespace Rezilient.Restore.Domain.Jobs;

/// <summary>Job status wire values (spec 04 §1.1).</summary>
public static class JobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>The statuses a completion request may set (spec 04 §2.4).</summary>
    public static IReadOnlyList<string> CompletionTargets { get; } = [Completed, Failed, Cancelled];

    public static bool IsTerminal(string status) => status is Completed or Failed or Cancelled;

    /// <summary>Lock holders: a paused job keeps its tables until it is completed (spec 04 L-3, L-4).</summary>
    public static bool HoldsLocks(string status) => status is Running or Paused;
}
