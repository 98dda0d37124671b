namespace Rezilient.Restore.Domain.Admin;

/// <summary>The recorded result of one GA failure drill (spec 07 §8.3, spec 08 B5.10).</summary>
public sealed class FailureDrill
{
    public required string DrillId { get; init; }

    public required string Status { get; set; }

    /// <summary>Exactly as sent (not trimmed); an empty string is stored as null.</summary>
    public string? Notes { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
