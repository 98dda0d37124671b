using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Domain.Tests.Jobs;

/// <summary>
/// A little in-memory lock queue that plays the caller's part around <see cref="LockQueuePolicy"/>: it keeps jobs,
/// holders and the queue in creation order, and hands the policy only the subject's lock scope.
/// </summary>
internal sealed class ScopeLockQueueSimulator
{
    public const string DefaultScope = "tenant-acme/sn-dev-01";

    private readonly Dictionary<string, SimulatedJob> jobs = new(StringComparer.Ordinal);
    private readonly List<SimulatedJob> queue = [];

    public Admission Create(string jobId, params string[] tables) => CreateIn(DefaultScope, jobId, tables);

    public Admission CreateIn(string scope, string jobId, params string[] tables)
    {
        var job = new SimulatedJob(jobId, scope, LockTables.Normalize(tables));
        var admission = LockQueuePolicy.Admit(job.Tables, HeldTables(scope), QueuedTables(scope));

        job.Status = admission.Runs ? JobStatus.Running : JobStatus.Queued;
        job.WaitTables = admission.WaitTables;
        jobs.Add(jobId, job);
        if (!admission.Runs)
        {
            queue.Add(job);
        }

        return admission;
    }

    public void Pause(string jobId) => jobs[jobId].Status = JobStatus.Paused;

    /// <summary>Completes (or fails / cancels) a job: release, then one promotion pass over its scope.</summary>
    public (bool ReleasedLocks, IReadOnlyList<string> PromotedJobIds) Complete(string jobId, string status = JobStatus.Completed)
    {
        var job = jobs[jobId];
        var releasedLocks = JobStatus.HoldsLocks(job.Status);
        queue.Remove(job);
        job.Status = status;
        job.WaitTables = [];

        var scopeQueue = queue
            .Where(queued => queued.Scope == job.Scope)
            .Select(queued => new LockQueueEntry(queued.JobId, queued.Tables))
            .ToList();
        var promoted = LockQueuePolicy.Promote(HeldTables(job.Scope), scopeQueue);

        foreach (var entry in promoted)
        {
            var promotedJob = jobs[entry.JobId];
            queue.Remove(promotedJob);
            promotedJob.Status = JobStatus.Running;
            promotedJob.WaitTables = [];
        }

        return (releasedLocks, promoted.Select(entry => entry.JobId).ToList());
    }

    public string StatusOf(string jobId) => jobs[jobId].Status;

    public IReadOnlyList<string> WaitTablesOf(string jobId) => jobs[jobId].WaitTables;

    public IReadOnlyList<string> LockScopeTablesOf(string jobId) => jobs[jobId].Tables;

    /// <summary>Decision J3: 1-based rank among the queued jobs of the same scope, recomputed on every read.</summary>
    public int? QueuePositionOf(string jobId)
    {
        var job = jobs[jobId];
        if (job.Status != JobStatus.Queued)
        {
            return null;
        }

        return queue.Where(queued => queued.Scope == job.Scope).ToList().IndexOf(job) + 1;
    }

    private HashSet<string> HeldTables(string scope) =>
        jobs.Values
            .Where(job => job.Scope == scope && JobStatus.HoldsLocks(job.Status))
            .SelectMany(job => job.Tables)
            .ToHashSet(StringComparer.Ordinal);

    private HashSet<string> QueuedTables(string scope) =>
        queue
            .Where(job => job.Scope == scope)
            .SelectMany(job => job.Tables)
            .ToHashSet(StringComparer.Ordinal);

    private sealed class SimulatedJob(string jobId, string scope, IReadOnlyList<string> tables)
    {
        public string JobId { get; } = jobId;

        public string Scope { get; } = scope;

        public IReadOnlyList<string> Tables { get; } = tables;

        public string Status { get; set; } = JobStatus.Queued;

        public IReadOnlyList<string> WaitTables { get; set; } = [];
    }
}
