using System.Text.Json.Serialization;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Api.Contracts.Plans;

// String enums of the plan request (spec 03 §5.2–§5.5), members in the spec's declaration order (the order is part
// of the "Invalid option: expected one of …" message).

/// <summary>Restore scope mode (spec 03 §5.2).</summary>
public enum ScopeMode
{
    /// <summary><c>table</c>: whole tables.</summary>
    [JsonStringEnumMemberName("table")]
    Table,

    /// <summary><c>record</c>: needs <c>encoded_query</c> or <c>record_sys_ids</c>.</summary>
    [JsonStringEnumMemberName("record")]
    Record,

    /// <summary><c>column</c>: needs <c>columns</c> and <c>encoded_query</c> or <c>record_sys_ids</c>.</summary>
    [JsonStringEnumMemberName("column")]
    Column,
}

/// <summary>How rows missing from the target are handled (spec 03 §5.3).</summary>
public enum MissingRowMode
{
    /// <summary><c>existing_only</c>.</summary>
    [JsonStringEnumMemberName("existing_only")]
    ExistingOnly,

    /// <summary><c>explicit_insert</c>.</summary>
    [JsonStringEnumMemberName("explicit_insert")]
    ExplicitInsert,
}

/// <summary>Schema compatibility mode (spec 03 §5.3).</summary>
public enum SchemaCompatibilityMode
{
    /// <summary><c>compatible_only</c>.</summary>
    [JsonStringEnumMemberName("compatible_only")]
    CompatibleOnly,

    /// <summary><c>manual_override</c>.</summary>
    [JsonStringEnumMemberName("manual_override")]
    ManualOverride,
}

/// <summary>Workflow (business rule) mode during the restore (spec 03 §5.3).</summary>
public enum WorkflowMode
{
    /// <summary><c>suppressed_default</c>.</summary>
    [JsonStringEnumMemberName("suppressed_default")]
    SuppressedDefault,

    /// <summary><c>allowlist</c>.</summary>
    [JsonStringEnumMemberName("allowlist")]
    Allowlist,
}

/// <summary>What a plan row does (spec 03 §5.4); counted in <c>action_counts</c> (§8).</summary>
public enum PlanRowAction
{
    /// <summary><c>update</c>.</summary>
    [JsonStringEnumMemberName(RowAction.Update)]
    Update,

    /// <summary><c>insert</c>.</summary>
    [JsonStringEnumMemberName(RowAction.Insert)]
    Insert,

    /// <summary><c>delete</c>.</summary>
    [JsonStringEnumMemberName(RowAction.Delete)]
    Delete,

    /// <summary><c>skip</c>: the only action that needs no encrypted value material.</summary>
    [JsonStringEnumMemberName(RowAction.Skip)]
    Skip,
}

/// <summary>CDC operation in row metadata (spec 03 §5.5).</summary>
public enum MetadataOperation
{
    /// <summary><c>I</c>: insert.</summary>
    [JsonStringEnumMemberName("I")]
    I,

    /// <summary><c>U</c>: update.</summary>
    [JsonStringEnumMemberName("U")]
    U,

    /// <summary><c>D</c>: delete.</summary>
    [JsonStringEnumMemberName("D")]
    D,
}

/// <summary>Compression of an encrypted payload (spec 03 §5.4.1).</summary>
public enum PayloadCompression
{
    /// <summary><c>gzip</c>.</summary>
    [JsonStringEnumMemberName("gzip")]
    Gzip,

    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}

/// <summary>Freshness of a partition watermark (spec 03 §5.9, §7.3).</summary>
public enum WatermarkFreshness
{
    /// <summary><c>fresh</c>: lag within the stale threshold.</summary>
    [JsonStringEnumMemberName(Freshness.Fresh)]
    Fresh,

    /// <summary><c>stale</c>: lag above the stale threshold.</summary>
    [JsonStringEnumMemberName(Freshness.Stale)]
    Stale,

    /// <summary><c>unknown</c>: the partition is not in the restore index.</summary>
    [JsonStringEnumMemberName(Freshness.Unknown)]
    Unknown,
}

/// <summary>Executability of a watermark or of the plan gate (spec 03 §5.9, §7.3, §11).</summary>
public enum PlanExecutability
{
    /// <summary><c>executable</c>.</summary>
    [JsonStringEnumMemberName(Executability.Executable)]
    Executable,

    /// <summary><c>preview_only</c>.</summary>
    [JsonStringEnumMemberName(Executability.PreviewOnly)]
    PreviewOnly,

    /// <summary><c>blocked</c>.</summary>
    [JsonStringEnumMemberName(Executability.Blocked)]
    Blocked,
}
