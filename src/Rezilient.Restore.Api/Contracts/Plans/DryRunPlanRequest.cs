namespace Rezilient.Restore.Api.Contracts.Plans;

// OpenAPI shapes of the dry-run request (spec 03 §4–§5). The action reads the raw JSON, because validation
// distinguishes JSON types exactly; these types only document the wire contract. Every object is strict (an unknown
// member is a 400), strings need length ≥ 1 and are never trimmed, and an explicit null for an optional member is a
// 400: optional members are omitted, not null.

/// <summary>Body of <c>POST /v1/plans/dry-run</c> (<c>CreateDryRunPlanRequest</c>, spec 03 §4.1).</summary>
/// <param name="TenantId">Must equal the token's tenant_id.</param>
/// <param name="InstanceId">Must equal the token's instance_id.</param>
/// <param name="Source">Must equal the token's source and the canonical mapping's source.</param>
/// <param name="PlanId">Plan identity, global across tenants (any characters, not trimmed).</param>
/// <param name="RequestedBy">Who asks for the plan; validated, then neither stored nor returned.</param>
/// <param name="Pit">Point-in-time contract (spec 03 §5.1).</param>
/// <param name="Scope">Restore scope (spec 03 §5.2).</param>
/// <param name="ExecutionOptions">Execution options (spec 03 §5.3).</param>
/// <param name="Rows">Plan rows, at least one, row_id unique by exact code units (spec 03 §5.4).</param>
/// <param name="Watermarks">Full watermarks, at least one; they only nominate partitions when no row carries topic and partition (spec 03 §7.1).</param>
/// <param name="Conflicts">Conflicts (spec 03 §5.6); omitted means none.</param>
/// <param name="DeleteCandidates">Delete candidates (spec 03 §5.7); omitted means none.</param>
/// <param name="MediaCandidates">Media candidates, candidate_id unique (spec 03 §5.8); omitted means none.</param>
/// <param name="PitCandidates">PIT candidates to resolve (spec 03 §5.10); omitted means none.</param>
/// <param name="Approval">Approval placeholder (spec 03 §5.11), never enforced; omitted means the default placeholder.</param>
public sealed record DryRunPlanRequest(
    string TenantId,
    string InstanceId,
    string Source,
    string PlanId,
    string RequestedBy,
    PitContract Pit,
    RestoreScope Scope,
    ExecutionOptions ExecutionOptions,
    IReadOnlyList<PlanRow> Rows,
    IReadOnlyList<Watermark> Watermarks,
    IReadOnlyList<Conflict>? Conflicts = null,
    IReadOnlyList<DeleteCandidate>? DeleteCandidates = null,
    IReadOnlyList<MediaCandidate>? MediaCandidates = null,
    IReadOnlyList<PitCandidate>? PitCandidates = null,
    Approval? Approval = null);

/// <summary>Point-in-time contract (spec 03 §5.1); every member is fixed except <c>restore_time</c>.</summary>
/// <param name="RestoreTime">Restore instant, <c>YYYY-MM-DDTHH:mm:ssZ</c> or <c>YYYY-MM-DDTHH:mm:ss.sssZ</c> (UTC), kept exactly as written.</param>
/// <param name="RestoreTimezone">Always <c>UTC</c>.</param>
/// <param name="PitAlgorithmVersion">Always <c>pit.v1.sys_updated_on-sys_mod_count-__time-event_id</c>.</param>
/// <param name="TieBreaker">Exactly <c>["sys_updated_on","sys_mod_count","__time","event_id"]</c>.</param>
/// <param name="TieBreakerFallback">Exactly <c>["sys_updated_on","__time","event_id"]</c>.</param>
public sealed record PitContract(
    string RestoreTime,
    RestoreTimezone RestoreTimezone,
    PitAlgorithmVersion PitAlgorithmVersion,
    IReadOnlyList<PitTieBreakerField> TieBreaker,
    IReadOnlyList<PitTieBreakerField> TieBreakerFallback);

/// <summary>Restore scope (spec 03 §5.2); rows are not checked against it.</summary>
/// <param name="Mode">Scope mode; record and column modes need a record filter (encoded_query or record_sys_ids).</param>
/// <param name="Tables">Tables in scope, at least one.</param>
/// <param name="EncodedQuery">ServiceNow encoded query (record filter).</param>
/// <param name="RecordSysIds">Record sys_ids (record filter), at least one when present.</param>
/// <param name="Columns">Columns, at least one when present; required in column mode.</param>
public sealed record RestoreScope(
    ScopeMode Mode,
    IReadOnlyList<string> Tables,
    string? EncodedQuery = null,
    IReadOnlyList<string>? RecordSysIds = null,
    IReadOnlyList<string>? Columns = null);

/// <summary>Execution options (spec 03 §5.3); all four are required.</summary>
/// <param name="MissingRowMode">How rows missing from the target are handled.</param>
/// <param name="ConflictPolicy">Always <c>review_required</c>.</param>
/// <param name="SchemaCompatibilityMode">Schema compatibility mode.</param>
/// <param name="WorkflowMode">Workflow mode.</param>
public sealed record ExecutionOptions(
    MissingRowMode MissingRowMode,
    ConflictPolicy ConflictPolicy,
    SchemaCompatibilityMode SchemaCompatibilityMode,
    WorkflowMode WorkflowMode);
