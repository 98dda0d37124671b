using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// Normalization of <c>lock_scope_tables</c> (spec 04 §3.2 as amended by decision J2); the result is stored and echoed.
/// </summary>
public static class LockTables
{
    /// <summary>
    /// Trims (N-1), lower-cases (decision J2: ServiceNow table names are case-insensitive, so <c>Incident</c> and
    /// <c>incident</c> are one lock key), drops blanks (N-3), removes duplicates (N-2) and sorts with the reference
    /// collation (N-4, §0.4). An empty result is the caller's 400 (J2).
    /// </summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);

        var distinct = tables
            .Select(table => EcmaScriptWhitespace.Trim(table).ToLowerInvariant())
            .Where(table => table.Length > 0)
            .Distinct(StringComparer.Ordinal);

        // Stable, so names the collation ties (canonically equivalent text) keep their first-seen order.
        return RestoreCollation.StableSort(distinct, table => table);
    }
}
