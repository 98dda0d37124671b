namespace Rezilient.Restore.Domain.Plans;

/// <summary>Row <c>action</c> wire values (spec 03 §5.4, counted in §8).</summary>
public static class RowAction
{
    public const string Update = "update";
    public const string Insert = "insert";
    public const string Delete = "delete";
    public const string Skip = "skip";
}

/// <summary>Delete-candidate <c>decision</c> wire values (spec 03 §5.7).</summary>
public static class DeleteDecision
{
    public const string AllowDeletion = "allow_deletion";
    public const string SkipDeletion = "skip_deletion";
}

/// <summary>Media-candidate <c>decision</c> wire values (spec 03 §5.8).</summary>
public static class MediaDecision
{
    public const string Include = "include";
    public const string Exclude = "exclude";
}

/// <summary>Conflict <c>class</c> wire values (spec 03 §5.6).</summary>
public static class ConflictClass
{
    public const string Value = "value_conflict";
    public const string MissingRow = "missing_row_conflict";
    public const string UnexpectedExisting = "unexpected_existing_conflict";
    public const string Reference = "reference_conflict";
    public const string Schema = "schema_conflict";
    public const string Permission = "permission_conflict";
    public const string Stale = "stale_conflict";
}

/// <summary>Conflict <c>resolution</c> wire values (spec 03 §5.6).</summary>
public static class ConflictResolution
{
    public const string Skip = "skip";
    public const string AbortAndReplan = "abort_and_replan";
}
