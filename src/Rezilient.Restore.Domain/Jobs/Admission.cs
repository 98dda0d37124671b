namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// The lock decision for a new job: it runs, or it queues waiting for <see cref="WaitTables"/> (its tables, in
/// normalized order, that are held or wanted by an earlier queued job; empty when it runs).
/// </summary>
public sealed record Admission(bool Runs, IReadOnlyList<string> WaitTables);
