namespace Rezilient.Restore.Domain.Jobs;

/// <summary>Restore capability wire values (spec 04 §1.1).</summary>
public static class RestoreCapability
{
    public const string RestoreExecute = "restore_execute";
    public const string RestoreDelete = "restore_delete";
    public const string RestoreOverrideCaps = "restore_override_caps";
    public const string RestoreSchemaOverride = "restore_schema_override";

    public static IReadOnlyList<string> All { get; } =
        [RestoreExecute, RestoreDelete, RestoreOverrideCaps, RestoreSchemaOverride];
}
