using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>The dry-run executability gate (spec 03 §11): five counts, and the first matching blocker wins.</summary>
public static class ExecutabilityGate
{
    public static DryRunGate Evaluate(
        IEnumerable<string?> deleteDecisions,
        IEnumerable<(string Class, string? Resolution)> conflicts,
        IEnumerable<string?> mediaDecisions,
        IEnumerable<AuthoritativeWatermark> watermarks)
    {
        ArgumentNullException.ThrowIfNull(deleteDecisions);
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(mediaDecisions);
        ArgumentNullException.ThrowIfNull(watermarks);

        var unresolvedDeletes = deleteDecisions.Count(d => d is null);
        // abort_and_replan resolves a reference conflict; other classes never block at dry-run.
        var hardBlocks = conflicts.Count(c => c.Class == ConflictClass.Reference && c.Resolution is null);
        var unresolvedMedia = mediaDecisions.Count(d => d is null);

        var authoritative = watermarks.ToList();
        var unknown = authoritative.Count(IsUnknown);
        var stale = authoritative.Count(w => !IsUnknown(w) && IsStale(w));
        if (authoritative.Count == 0)
        {
            unknown = 1; // spec 03 §17-10: no authoritative coverage is unknown freshness.
        }

        var (executability, reason) =
            unresolvedDeletes > 0 ? (Executability.Blocked, ReasonCodes.BlockedUnresolvedDeleteCandidates)
            : hardBlocks > 0 ? (Executability.Blocked, ReasonCodes.BlockedReferenceConflict)
            : unresolvedMedia > 0 ? (Executability.Blocked, ReasonCodes.BlockedUnresolvedMediaCandidates)
            : unknown > 0 ? (Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown)
            : stale > 0 ? (Executability.PreviewOnly, ReasonCodes.BlockedFreshnessStale)
            : (Executability.Executable, ReasonCodes.None);

        return new DryRunGate(executability, reason, unresolvedDeletes, unresolvedMedia, hardBlocks, stale, unknown);
    }

    private static bool IsUnknown(AuthoritativeWatermark w) =>
        w.Freshness == Freshness.Unknown || w.ReasonCode == ReasonCodes.BlockedFreshnessUnknown;

    private static bool IsStale(AuthoritativeWatermark w) =>
        w.Freshness == Freshness.Stale
        || w.Executability != Executability.Executable
        || w.ReasonCode == ReasonCodes.BlockedFreshnessStale;
}
