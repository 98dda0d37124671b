namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// Action counts of spec 03 §8. Conflicts count whatever their class or resolution; undecided media candidates
/// are in neither attachment counter; delete candidates are never counted.
/// </summary>
public static class ActionCounter
{
    public static ActionCounts Count(IEnumerable<string> rowActions, int conflictCount, IEnumerable<string?> mediaDecisions)
    {
        ArgumentNullException.ThrowIfNull(rowActions);
        ArgumentNullException.ThrowIfNull(mediaDecisions);
        ArgumentOutOfRangeException.ThrowIfNegative(conflictCount);

        int update = 0, insert = 0, delete = 0, skip = 0;
        foreach (var action in rowActions)
        {
            switch (action)
            {
                case RowAction.Update: update++; break;
                case RowAction.Insert: insert++; break;
                case RowAction.Delete: delete++; break;
                case RowAction.Skip: skip++; break;
                default: throw new ArgumentException($"unknown row action '{action}'", nameof(rowActions));
            }
        }

        int apply = 0, skipped = 0;
        foreach (var decision in mediaDecisions)
        {
            if (decision == MediaDecision.Include)
            {
                apply++;
            }
            else if (decision == MediaDecision.Exclude)
            {
                skipped++;
            }
        }

        return new ActionCounts(update, insert, delete, skip, conflictCount, apply, skipped);
    }
}
