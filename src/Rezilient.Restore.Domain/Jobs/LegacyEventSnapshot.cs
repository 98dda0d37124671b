using System.Text.Json.Nodes;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>A stored legacy job event (spec 04 §1.5) as the cross-service mapping reads it.</summary>
/// <param name="CreatedAt">The wire timestamp <c>YYYY-MM-DDTHH:mm:ss.fffZ</c>.</param>
public sealed record LegacyEventSnapshot(
    string EventId,
    string EventType,
    string ReasonCode,
    string CreatedAt,
    JsonObject Details);
