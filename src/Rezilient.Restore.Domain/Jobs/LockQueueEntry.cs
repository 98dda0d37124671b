namespace Rezilient.Restore.Domain.Jobs;

/// <summary>A queued job of one lock scope with its normalized tables, as the promotion pass sees it.</summary>
public sealed record LockQueueEntry(string JobId, IReadOnlyList<string> Tables);
