using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>
/// The allowed values of the dry-run request's enum members, in declaration order: the order is part of the
/// <c>Invalid option: expected one of …</c> message (spec 03 §4.2).
/// </summary>
internal static class WireEnums
{
    public const string SkipAction = RowAction.Skip;
    public const string ReferenceConflict = ConflictClass.Reference;
    public const string SkipResolution = ConflictResolution.Skip;

    public static readonly string[] ScopeModes = ["table", "record", "column"];
    public static readonly string[] MissingRowModes = ["existing_only", "explicit_insert"];
    public static readonly string[] ConflictPolicies = ["review_required"];
    public static readonly string[] SchemaCompatibilityModes = ["compatible_only", "manual_override"];
    public static readonly string[] WorkflowModes = ["suppressed_default", "allowlist"];
    public static readonly string[] RowActions = [RowAction.Update, RowAction.Insert, RowAction.Delete, RowAction.Skip];
    public static readonly string[] Operations = ["I", "U", "D"];
    public static readonly string[] Compressions = ["gzip", "none"];

    public static readonly string[] ConflictClasses =
    [
        ConflictClass.Value, ConflictClass.MissingRow, ConflictClass.UnexpectedExisting, ConflictClass.Reference,
        ConflictClass.Schema, ConflictClass.Permission, ConflictClass.Stale,
    ];

    public static readonly string[] ConflictResolutions = [ConflictResolution.Skip, ConflictResolution.AbortAndReplan];
    public static readonly string[] DeleteDecisions = [DeleteDecision.AllowDeletion, DeleteDecision.SkipDeletion];
    public static readonly string[] MediaDecisions = [MediaDecision.Include, MediaDecision.Exclude];
    public static readonly string[] Freshnesses = [Freshness.Fresh, Freshness.Stale, Freshness.Unknown];
    public static readonly string[] Executabilities = [Executability.Executable, Executability.PreviewOnly, Executability.Blocked];

    public static readonly string[] ApprovalStates =
    [
        "placeholder_not_enforced", "approval_not_required", "requested", "approved", "rejected", "expired",
    ];

    public static readonly string[] ApprovalDecisions = ["approve", "reject", "placeholder"];
    public static readonly string[] RevalidationResults = ["not_applicable", "valid", "expired", "rejected"];

    public static readonly string[] PitTieBreaker = ["sys_updated_on", "sys_mod_count", "__time", "event_id"];
    public static readonly string[] PitTieBreakerFallback = ["sys_updated_on", "__time", "event_id"];

    /// <summary>
    /// Spec 03 §15 exactly, in its order: without the HTTP-layer codes and without <c>blocked_plan_unavailable</c>
    /// (decision J1 adds that one to job responses, not to what a dry-run accepts).
    /// </summary>
    public static readonly string[] RestoreReasonCodes =
    [
        ReasonCodes.None,
        ReasonCodes.QueuedScopeLock,
        ReasonCodes.BlockedUnknownSourceMapping,
        ReasonCodes.BlockedMissingCapability,
        ReasonCodes.BlockedUnresolvedDeleteCandidates,
        ReasonCodes.BlockedUnresolvedMediaCandidates,
        ReasonCodes.BlockedReferenceConflict,
        ReasonCodes.BlockedMediaParentMissing,
        ReasonCodes.BlockedFreshnessStale,
        ReasonCodes.BlockedFreshnessUnknown,
        ReasonCodes.BlockedAuthControlPlaneOutage,
        ReasonCodes.BlockedPlanHashMismatch,
        ReasonCodes.BlockedEvidenceNotReady,
        ReasonCodes.BlockedResumePreconditionMismatch,
        ReasonCodes.BlockedResumeCheckpointMissing,
        ReasonCodes.PausedTokenRefreshGraceExhausted,
        ReasonCodes.PausedEntitlementDisabled,
        ReasonCodes.PausedInstanceDisabled,
        ReasonCodes.FailedMediaParentMissing,
        ReasonCodes.FailedMediaHashMismatch,
        ReasonCodes.FailedMediaRetryExhausted,
        ReasonCodes.FailedEvidenceReportHashMismatch,
        ReasonCodes.FailedEvidenceArtifactHashMismatch,
        ReasonCodes.FailedEvidenceSignatureVerification,
        ReasonCodes.FailedSchemaConflict,
        ReasonCodes.FailedPermissionConflict,
        ReasonCodes.FailedInternalError,
    ];
}
