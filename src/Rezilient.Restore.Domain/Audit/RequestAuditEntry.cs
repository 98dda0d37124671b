namespace Rezilient.Restore.Domain.Audit;

/// <summary>
/// One row per command handled by the service: who did what in which scope, and how it ended.
/// Never holds tokens, keys or request bodies.
/// </summary>
public sealed class RequestAuditEntry
{
    public long AuditId { get; private set; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The use case, e.g. <c>SetStagingMode</c>.</summary>
    public required string RequestType { get; init; }

    public string? TenantId { get; init; }

    public string? InstanceId { get; init; }

    public string? Source { get; init; }

    public required string Actor { get; init; }

    public required RequestOutcome Outcome { get; init; }

    /// <summary>The HTTP status the use case produced (500 for a fault).</summary>
    public required int StatusCode { get; init; }

    /// <summary>The envelope <c>error</c> of a rejection or fault; null on success.</summary>
    public string? Error { get; init; }

    public string? ReasonCode { get; init; }

    public required double DurationMs { get; init; }

    public required string CorrelationId { get; init; }
}
