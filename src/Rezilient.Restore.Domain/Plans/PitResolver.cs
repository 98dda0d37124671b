namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Point-in-time winner of one candidate (spec 03 §12): a later version replaces the winner only when it compares
/// strictly greater, so on a full tie the earliest version wins.
/// </summary>
public static class PitResolver
{
    /// <exception cref="ArgumentException">
    /// A sys_updated_on the lenient reader cannot parse, or an invalid __time, in a candidate with ≥ 2 versions. The
    /// reference fails with 500 here (spec 03 §17-4); callers reject such values at validation.
    /// </exception>
    public static PitResolution Resolve(PitCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Versions.Count == 0)
        {
            throw new ArgumentException("a PIT candidate needs at least one version", nameof(candidate));
        }

        var winner = candidate.Versions[0];
        foreach (var version in candidate.Versions.Skip(1))
        {
            if (Compare(version, winner) > 0)
            {
                winner = version;
            }
        }

        return new PitResolution(
            candidate.RowId, candidate.Table, candidate.RecordSysId,
            winner.EventId, winner.SysUpdatedOn, winner.SysModCount, winner.EventTime);
    }

    private static int Compare(PitVersion a, PitVersion b)
    {
        var byUpdatedOn = SysUpdatedOn(a).CompareTo(SysUpdatedOn(b));
        if (byUpdatedOn != 0)
        {
            return byUpdatedOn;
        }

        // sys_mod_count only decides when both sides carry one.
        if (a.SysModCount is { } modA && b.SysModCount is { } modB && modA != modB)
        {
            return modA.CompareTo(modB);
        }

        var byTime = EventTime(a).CompareTo(EventTime(b));
        return byTime != 0 ? byTime : RestoreCollation.Compare(a.EventId, b.EventId);
    }

    private static long SysUpdatedOn(PitVersion version) =>
        ServiceNowTimestamp.TryParseLenientMilliseconds(version.SysUpdatedOn, out var milliseconds)
            ? milliseconds
            : throw new ArgumentException($"sys_updated_on '{version.SysUpdatedOn}' cannot be read as a time", nameof(version));

    private static long EventTime(PitVersion version) =>
        IsoTimestamp.TryGetUnixMilliseconds(version.EventTime, out var milliseconds)
            ? milliseconds
            : throw new ArgumentException($"__time '{version.EventTime}' is not an ISO datetime", nameof(version));
}
