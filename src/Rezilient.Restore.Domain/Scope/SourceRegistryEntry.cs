namespace Rezilient.Restore.Domain.Scope;

/// <summary>
/// The local record of a scope's canonical source (spec 08 A5.1): foreign-key anchor of plans and jobs and the
/// per-scope mutex row of the lock queue (B8).
/// </summary>
public sealed class SourceRegistryEntry
{
    public required string TenantId { get; init; }

    public required string InstanceId { get; init; }

    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
