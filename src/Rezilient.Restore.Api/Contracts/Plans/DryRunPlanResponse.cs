namespace Rezilient.Restore.Api.Contracts.Plans;

// OpenAPI shapes of the dry-run plan record (spec 03 §14). The action returns a JSON object built elsewhere; these
// types only document it. Optional members are absent when unset, never null.

/// <summary>
/// A dry-run plan record (spec 03 §14.1): exactly these seven members, identical for POST (201 and 200 replay) and
/// GET. tenant_id, instance_id and source are stored but not returned.
/// </summary>
/// <param name="Plan">The plan (spec 03 §14.2).</param>
/// <param name="PlanHashInput">The object whose canonical JSON is hashed into plan.plan_hash (spec 03 §9).</param>
/// <param name="Gate">The executability gate (spec 03 §11).</param>
/// <param name="DeleteCandidates">Validated delete candidates, request order.</param>
/// <param name="MediaCandidates">Validated media candidates, request order (not sorted), hex lower-cased.</param>
/// <param name="PitResolutions">PIT winners, pit_candidates order (spec 03 §12).</param>
/// <param name="Watermarks">Authoritative watermarks, sorted by topic then partition (spec 03 §7).</param>
public sealed record DryRunPlanResponse(
    RestorePlanRecord Plan,
    PlanHashInput PlanHashInput,
    DryRunGate Gate,
    IReadOnlyList<DeleteCandidate> DeleteCandidates,
    IReadOnlyList<MediaCandidate> MediaCandidates,
    IReadOnlyList<PitResolution> PitResolutions,
    IReadOnlyList<Watermark> Watermarks);

/// <summary>The plan of a dry-run record (spec 03 §14.2).</summary>
/// <param name="ContractVersion">Always <c>restore.contracts.v1</c>.</param>
/// <param name="PlanId">The request's plan_id.</param>
/// <param name="PlanHash">Lower-case hex SHA-256 of the canonical JSON of plan_hash_input (64 characters).</param>
/// <param name="PlanHashAlgorithm">Always <c>sha256</c>.</param>
/// <param name="PlanHashInputVersion">Always <c>plan-hash-input.v1</c>.</param>
/// <param name="GeneratedAt">When the plan was created, <c>YYYY-MM-DDTHH:mm:ss.sssZ</c> (UTC); unchanged on replay.</param>
/// <param name="Pit">Validated point-in-time contract.</param>
/// <param name="Scope">Validated restore scope.</param>
/// <param name="ExecutionOptions">Validated execution options.</param>
/// <param name="ActionCounts">Action counts (spec 03 §8).</param>
/// <param name="Conflicts">Validated conflicts, request order (empty when none).</param>
/// <param name="Approval">The request's approval, or the default placeholder (approval_required false, placeholder_not_enforced).</param>
/// <param name="MetadataAllowlistVersion">Always <c>rrs.metadata.allowlist.v1</c>.</param>
public sealed record RestorePlanRecord(
    ContractVersion ContractVersion,
    string PlanId,
    string PlanHash,
    PlanHashAlgorithm PlanHashAlgorithm,
    PlanHashInputVersion PlanHashInputVersion,
    string GeneratedAt,
    PitContract Pit,
    RestoreScope Scope,
    ExecutionOptions ExecutionOptions,
    ActionCounts ActionCounts,
    IReadOnlyList<Conflict> Conflicts,
    Approval Approval,
    MetadataAllowlistVersion MetadataAllowlistVersion);

/// <summary>
/// The hashed plan content (spec 03 §9): validated values with optional members absent, hex lower-cased and offsets
/// canonical. Clients recompute plan_hash from it with the canonical JSON of spec 03 §10.
/// </summary>
/// <param name="ContractVersion">Always <c>restore.contracts.v1</c>.</param>
/// <param name="PlanHashInputVersion">Always <c>plan-hash-input.v1</c>.</param>
/// <param name="PlanHashAlgorithm">Always <c>sha256</c>.</param>
/// <param name="Pit">Validated point-in-time contract.</param>
/// <param name="Scope">Validated restore scope.</param>
/// <param name="ExecutionOptions">Validated execution options.</param>
/// <param name="ActionCounts">Action counts (spec 03 §8).</param>
/// <param name="Rows">Validated rows, stably sorted by row_id (spec 03 §10.3 collation).</param>
/// <param name="MediaCandidates">Validated media candidates, stably sorted by candidate_id; always present, possibly empty.</param>
/// <param name="MetadataAllowlistVersion">Always <c>rrs.metadata.allowlist.v1</c>.</param>
public sealed record PlanHashInput(
    ContractVersion ContractVersion,
    PlanHashInputVersion PlanHashInputVersion,
    PlanHashAlgorithm PlanHashAlgorithm,
    PitContract Pit,
    RestoreScope Scope,
    ExecutionOptions ExecutionOptions,
    ActionCounts ActionCounts,
    IReadOnlyList<PlanRow> Rows,
    IReadOnlyList<MediaCandidate> MediaCandidates,
    MetadataAllowlistVersion MetadataAllowlistVersion);

/// <summary>Action counts (spec 03 §8); delete candidates are never counted.</summary>
/// <param name="Update">Rows with action update.</param>
/// <param name="Insert">Rows with action insert.</param>
/// <param name="Delete">Rows with action delete.</param>
/// <param name="Skip">Rows with action skip.</param>
/// <param name="Conflict">All conflicts, whatever their class or resolution.</param>
/// <param name="AttachmentApply">Media candidates with decision include.</param>
/// <param name="AttachmentSkip">Media candidates with decision exclude.</param>
public sealed record ActionCounts(
    int Update,
    int Insert,
    int Delete,
    int Skip,
    int Conflict,
    int AttachmentApply,
    int AttachmentSkip);

/// <summary>The executability gate (spec 03 §11): the first blocking rule wins; all five counts are always reported.</summary>
/// <param name="Executability">executable, preview_only (stale partitions only) or blocked.</param>
/// <param name="ReasonCode">none or the winning blocked_* code.</param>
/// <param name="UnresolvedDeleteCandidates">Delete candidates without a decision.</param>
/// <param name="UnresolvedMediaCandidates">Media candidates without a decision.</param>
/// <param name="UnresolvedHardBlockConflicts">reference_conflict conflicts without a resolution.</param>
/// <param name="StalePartitionCount">Authoritative watermarks that are stale or not executable (and not unknown).</param>
/// <param name="UnknownPartitionCount">Authoritative watermarks whose freshness is unknown.</param>
public sealed record DryRunGate(
    PlanExecutability Executability,
    RestoreReasonCode ReasonCode,
    int UnresolvedDeleteCandidates,
    int UnresolvedMediaCandidates,
    int UnresolvedHardBlockConflicts,
    int StalePartitionCount,
    int UnknownPartitionCount);

/// <summary>The winning version of a PIT candidate (spec 03 §12).</summary>
/// <param name="RowId">The candidate's row_id.</param>
/// <param name="Table">The candidate's table.</param>
/// <param name="RecordSysId">The candidate's record_sys_id.</param>
/// <param name="WinningEventId">The winner's event_id.</param>
/// <param name="WinningSysUpdatedOn">The winner's sys_updated_on, <c>YYYY-MM-DD HH:mm:ss</c> as sent.</param>
/// <param name="WinningEventTime">The winner's <c>__time</c> as sent.</param>
/// <param name="WinningSysModCount">The winner's sys_mod_count; absent when the winner has none.</param>
public sealed record PitResolution(
    string RowId,
    string Table,
    string RecordSysId,
    string WinningEventId,
    string WinningSysUpdatedOn,
    string WinningEventTime,
    long? WinningSysModCount = null);
