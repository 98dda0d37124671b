using System.Globalization;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>
/// The string comparator of spec 03 §10.3: the reference's <c>localeCompare</c> (CLDR root collation, tertiary
/// strength, punctuation not ignorable, no numeric ordering). It orders member names, row_id and candidate_id
/// sorts, partition topics and the PIT event_id tie-break.
/// </summary>
public static class RestoreCollation
{
    private static readonly CompareInfo Collator = CultureInfo.InvariantCulture.CompareInfo;

    // Orderings quoted in spec 03 §10.3; each pair must compare strictly ascending under ICU.
    private static readonly (string Lower, string Higher)[] SelfCheckOrderings =
    [
        ("a", "A"), ("A", "b"), ("b", "B"),
        ("row_1", "row-1"), ("row-1", "row.1"), ("row.1", "row1"),
        ("row-10", "row-9"),
        ("row-1", "Row-1"), ("evt-b", "evt-B"),
        ("ea", "Ea"), ("Ea", "\u00E9a"), ("\u00E9a", "eb"),
        ("ss", "\u00DF"), ("\u00DF", "st"),
    ];

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(static (a, b) => Compare(a, b));

    public static int Compare(string? a, string? b) => Collator.Compare(a, b, CompareOptions.None);

    /// <summary>
    /// Sorts by <paramref name="key"/> with a stable sort, so keys that compare equal but differ in code units
    /// (canonically equivalent text, ignorable characters) keep their input order (spec 03 §9 rule 2, vector v08).
    /// </summary>
    public static IReadOnlyList<T> StableSort<T>(IEnumerable<T> items, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        return items.OrderBy(key, Comparer).ToList();
    }

    /// <summary>
    /// Start-up self-check: false when the process runs in globalization-invariant mode (or any collation that is
    /// not ICU root), where comparison falls back to ordinal and every hash changes (spec 03 §10.3).
    /// </summary>
    public static bool IcuIsActive()
    {
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant)
        {
            return false;
        }

        try
        {
            // Throws in invariant mode, where only the invariant culture exists.
            _ = CultureInfo.GetCultureInfo("en-US", predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }

        foreach (var (lower, higher) in SelfCheckOrderings)
        {
            if (Compare(lower, higher) >= 0 || Compare(higher, lower) <= 0)
            {
                return false;
            }
        }

        // Canonically equivalent and ignorable-only differences compare equal (§10.3 property 6).
        return Compare("\u00E9clair", "e\u0301clair") == 0 && Compare("a\u200Bb", "ab") == 0;
    }
}
