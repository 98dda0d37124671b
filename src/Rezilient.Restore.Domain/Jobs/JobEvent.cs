namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// A legacy job event (<c>restore_job_events</c>, spec 08 A5.5 + B4). <see cref="Sequence"/> (the BIGSERIAL
/// <c>event_id</c>) defines order within equal timestamps; <see cref="PublicEventId"/> is the API's <c>evt_</c> id.
/// </summary>
public sealed class JobEvent
{
    public long Sequence { get; init; }

    public required string PublicEventId { get; init; }

    public required string JobId { get; init; }

    public required string EventType { get; init; }

    public required string ReasonCode { get; init; }

    /// <summary>The event's <c>details</c> as JSON text (stored as JSONB).</summary>
    public required string Payload { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
