using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Authoritative freshness of one requested partition (spec 03 §7.3). The stored freshness columns are never
/// read: the verdict is always recomputed from <c>indexed_through_time</c> and the measurement instant.
/// </summary>
public static class FreshnessPolicy
{
    public const int DefaultStaleAfterSeconds = 120;

    private const string UnknownGenerationId = "unknown";
    private const string UnknownOffset = "0";

    public static AuthoritativeWatermark Evaluate(
        string tenantId,
        string instanceId,
        string source,
        PartitionKey requested,
        IndexedPartition? row,
        DateTimeOffset measuredAt,
        int staleAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var measured = measuredAt.TruncateToMilliseconds();
        var measuredText = measured.ToWireString();

        if (row is null)
        {
            return new AuthoritativeWatermark(
                tenantId, instanceId, source, requested.Topic, requested.Partition,
                UnknownGenerationId, UnknownOffset, measuredText, measuredText, measuredText,
                Freshness.Unknown, Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown, measuredText);
        }

        // §7.3: the reader falls back to the default for any value below 1.
        var threshold = staleAfterSeconds < 1 ? DefaultStaleAfterSeconds : staleAfterSeconds;
        var indexedThrough = row.IndexedThroughTime.TruncateToMilliseconds();

        // Whole seconds rounded down on millisecond values; a future index time clamps to 0.
        var lagMilliseconds = (measured - indexedThrough).Ticks / TimeSpan.TicksPerMillisecond;
        var lagSeconds = Math.Max(0, lagMilliseconds / 1000);
        var stale = lagSeconds > threshold;

        return new AuthoritativeWatermark(
            tenantId, instanceId, source, requested.Topic, requested.Partition,
            row.GenerationId,
            row.IndexedThroughOffset,
            indexedThrough.ToWireString(),
            row.CoverageStart.TruncateToMilliseconds().ToWireString(),
            row.CoverageEnd.TruncateToMilliseconds().ToWireString(),
            stale ? Freshness.Stale : Freshness.Fresh,
            stale ? Executability.PreviewOnly : Executability.Executable,
            stale ? ReasonCodes.BlockedFreshnessStale : ReasonCodes.None,
            measuredText);
    }
}
