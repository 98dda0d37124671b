namespace Rezilient.Restore.Api.Contracts.Plans;

/// <summary>
/// A partition watermark (spec 03 §5.9, §7.3). In requests the full contract is required, but only topic and partition
/// are used; in responses it is the authoritative value computed from the restore index.
/// </summary>
/// <param name="ContractVersion">Always <c>restore.contracts.v1</c>.</param>
/// <param name="TenantId">Tenant id (the request's, in responses).</param>
/// <param name="InstanceId">Instance id (the request's, in responses).</param>
/// <param name="Source">Source (the request's, in responses).</param>
/// <param name="Topic">Kafka topic.</param>
/// <param name="Partition">Kafka partition, an integer ≥ 0.</param>
/// <param name="GenerationId">Index generation id; <c>unknown</c> when the partition is not indexed.</param>
/// <param name="IndexedThroughOffset">Offset indexed through, as a decimal string (requests also accept a JSON integer); <c>0</c> when not indexed.</param>
/// <param name="IndexedThroughTime">Time indexed through, <c>YYYY-MM-DDTHH:mm:ss.sssZ</c> (requests also accept <c>YYYY-MM-DDTHH:mm:ssZ</c>).</param>
/// <param name="CoverageStart">Start of index coverage, same format as indexed_through_time.</param>
/// <param name="CoverageEnd">End of index coverage, same format as indexed_through_time.</param>
/// <param name="Freshness">Freshness; fresh is always executable, stale and unknown never are.</param>
/// <param name="Executability">Executability: executable (fresh), preview_only (stale) or blocked (unknown).</param>
/// <param name="ReasonCode">none, blocked_freshness_stale or blocked_freshness_unknown in responses; any restore reason code in requests.</param>
/// <param name="MeasuredAt">When freshness was measured, same format as indexed_through_time.</param>
public sealed record Watermark(
    ContractVersion ContractVersion,
    string TenantId,
    string InstanceId,
    string Source,
    string Topic,
    long Partition,
    string GenerationId,
    string IndexedThroughOffset,
    string IndexedThroughTime,
    string CoverageStart,
    string CoverageEnd,
    WatermarkFreshness Freshness,
    PlanExecutability Executability,
    RestoreReasonCode ReasonCode,
    string MeasuredAt);

/// <summary>Approval placeholder (spec 03 §5.11): copied into <c>plan.approval</c>, never enforced, not hashed.</summary>
/// <param name="ApprovalRequired">Whether approval is required (a JSON boolean).</param>
/// <param name="ApprovalState">Approval state.</param>
/// <param name="ApprovalPlaceholderMode">Always <c>mvp_not_enforced</c>.</param>
/// <param name="ApprovalPolicyId">Approval policy id.</param>
/// <param name="ApprovalRequestedAt">When approval was requested, <c>YYYY-MM-DDTHH:mm:ssZ</c> or <c>YYYY-MM-DDTHH:mm:ss.sssZ</c>, kept as written.</param>
/// <param name="ApprovalRequestedBy">Who requested approval.</param>
/// <param name="ApprovalDecidedAt">When it was decided, same format as approval_requested_at.</param>
/// <param name="ApprovalDecidedBy">Who decided.</param>
/// <param name="ApprovalDecision">The decision.</param>
/// <param name="ApprovalDecisionReason">Why.</param>
/// <param name="ApprovalExternalRef">Reference in an external approval system.</param>
/// <param name="ApprovalSnapshotHash">SHA-256 hex of the approved snapshot (lower-cased in responses).</param>
/// <param name="ApprovalValidUntil">Approval expiry, same format as approval_requested_at.</param>
/// <param name="ApprovalRevalidatedAt">Last re-validation, same format as approval_requested_at.</param>
/// <param name="ApprovalRevalidationResult">Result of the last re-validation.</param>
public sealed record Approval(
    bool ApprovalRequired,
    ApprovalState ApprovalState,
    ApprovalPlaceholderMode ApprovalPlaceholderMode,
    string? ApprovalPolicyId = null,
    string? ApprovalRequestedAt = null,
    string? ApprovalRequestedBy = null,
    string? ApprovalDecidedAt = null,
    string? ApprovalDecidedBy = null,
    ApprovalDecision? ApprovalDecision = null,
    string? ApprovalDecisionReason = null,
    string? ApprovalExternalRef = null,
    string? ApprovalSnapshotHash = null,
    string? ApprovalValidUntil = null,
    string? ApprovalRevalidatedAt = null,
    ApprovalRevalidationResult? ApprovalRevalidationResult = null);
