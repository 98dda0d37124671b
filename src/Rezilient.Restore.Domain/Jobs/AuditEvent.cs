namespace Rezilient.Restore.Domain.Jobs;

/// <summary>A normalized cross-service audit event (<c>restore_audit_events</c>, spec 08 B5.8; spec 04 §6).</summary>
public sealed class AuditEvent
{
    public required string Service { get; init; }

    public required string EventId { get; init; }

    public required string ContractVersion { get; init; }

    public required string SchemaVersion { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string Lifecycle { get; init; }

    public required string Action { get; init; }

    public required string Outcome { get; init; }

    public string? TenantId { get; init; }

    public string? InstanceId { get; init; }

    public string? Source { get; init; }

    public string? PlanId { get; init; }

    public string? PlanHash { get; init; }

    public string? JobId { get; init; }

    /// <summary>NULL when the legacy reason is <c>none</c>.</summary>
    public string? ReasonCode { get; init; }

    public string? Actor { get; init; }

    public string? Correlation { get; init; }

    /// <summary>Legacy details plus <c>legacy_event_type</c>, as JSON text (stored as JSONB).</summary>
    public required string Metadata { get; init; }

    public long AuditSeq { get; init; }
}
