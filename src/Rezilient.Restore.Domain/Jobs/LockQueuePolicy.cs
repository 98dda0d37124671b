namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// The scope lock queue rules under decision J8 (strict FIFO per table), for one lock scope
/// <c>(tenant_id, instance_id)</c>: callers pass only that scope's holders and queue. Table identity is exact and
/// case-sensitive (spec 04 L-1), so callers build the sets with <see cref="StringComparer.Ordinal"/>.
/// </summary>
public static class LockQueuePolicy
{
    /// <summary>
    /// Admission at creation (spec 04 §3.3 as changed by J8): the job runs only when none of its tables is held by
    /// a lock holder nor wanted by a queued job of the scope; otherwise it queues at the tail. J8 replaces the
    /// reference's jump-ahead (A-5, B8.3 #1), so a stream of narrow jobs cannot starve a wide queued one (B-3).
    /// </summary>
    /// <param name="jobTables">The new job's normalized tables.</param>
    /// <param name="heldTables">Tables owned by the scope's running and paused jobs.</param>
    /// <param name="queuedTables">Tables wanted by the scope's queued jobs (all of them are earlier than this job).</param>
    public static Admission Admit(
        IReadOnlyList<string> jobTables,
        IReadOnlySet<string> heldTables,
        IReadOnlySet<string> queuedTables)
    {
        ArgumentNullException.ThrowIfNull(jobTables);
        ArgumentNullException.ThrowIfNull(heldTables);
        ArgumentNullException.ThrowIfNull(queuedTables);

        var waitTables = jobTables
            .Where(table => heldTables.Contains(table) || queuedTables.Contains(table))
            .ToList();

        return waitTables.Count == 0 ? new Admission(true, []) : new Admission(false, waitTables);
    }

    /// <summary>
    /// The promotion pass after a completion (spec 04 §3.4 / spec 08 B8.4 as changed by J8): walk the queue in
    /// creation order; a job whose tables are free of holders and of every earlier still-queued job is promoted and
    /// its tables count as held for the rest of the pass; a job that stays queued reserves its tables for the jobs
    /// behind it. The unavailable set only grows, so one pass reaches the fixed point (P-4, B8.4 #3).
    /// </summary>
    /// <returns>The promoted entries in promotion (queue) order.</returns>
    public static IReadOnlyList<LockQueueEntry> Promote(
        IReadOnlySet<string> heldTables,
        IReadOnlyList<LockQueueEntry> queueInOrder)
    {
        ArgumentNullException.ThrowIfNull(heldTables);
        ArgumentNullException.ThrowIfNull(queueInOrder);

        var unavailable = new HashSet<string>(heldTables, StringComparer.Ordinal);
        var promoted = new List<LockQueueEntry>();

        foreach (var entry in queueInOrder)
        {
            if (!entry.Tables.Any(unavailable.Contains))
            {
                promoted.Add(entry);
            }

            // Promoted: its tables are now held. Still queued: it reserves them for the jobs behind it (J8).
            unavailable.UnionWith(entry.Tables);
        }

        return promoted;
    }
}
