using System.Text.Json.Nodes;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// The <c>details</c> payload of each legacy job event, with exactly the keys of spec 04 §5.1 / spec 08 B4.1 in
/// that order (the events array is hashed into evidence, so the shape must round-trip exactly).
/// </summary>
public static class LegacyEventDetails
{
    internal const string ResumedFromPauseKey = "resumed_from_pause";

    /// <summary><c>job_created</c>.</summary>
    public static JsonObject Created(string planId) => new() { ["plan_id"] = planId };

    /// <summary><c>job_started</c> for a job created running.</summary>
    public static JsonObject StartedAtCreation(IReadOnlyList<string> tables) =>
        new() { ["lock_scope_tables"] = StringArray(tables) };

    /// <summary><c>job_queued</c>: the job's wait tables and its queue position at enqueue.</summary>
    public static JsonObject Queued(IReadOnlyList<string> blockedTables, int queuePosition) =>
        new() { ["blocked_tables"] = StringArray(blockedTables), ["queue_position"] = queuePosition };

    /// <summary><c>job_started</c> for a job promoted from the queue.</summary>
    public static JsonObject Promoted() => new() { ["promoted_from_queue"] = true };

    /// <summary><c>job_started</c> for a paused job resumed by the execute area.</summary>
    public static JsonObject Resumed() => new() { [ResumedFromPauseKey] = true };

    /// <summary><c>job_paused</c>.</summary>
    public static JsonObject Paused() => new();

    /// <summary><c>job_completed</c>, <c>job_failed</c>, <c>job_cancelled</c>.</summary>
    public static JsonObject Terminal(bool releasedLocks) => new() { ["released_locks"] = releasedLocks };

    private static JsonArray StringArray(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new JsonArray([.. values.Select(value => JsonValue.Create(value))]);
    }
}
