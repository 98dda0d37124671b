using System.Text.Json.Serialization;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Api.Contracts.Plans;

/// <summary>
/// The shared <c>RestoreReasonCode</c> enumeration accepted in dry-run <c>reason_code</c> members (spec 03 §15,
/// spec 01 §8.4), in spec order.
/// </summary>
public enum RestoreReasonCode
{
    /// <summary><c>none</c>: nothing blocks.</summary>
    [JsonStringEnumMemberName(ReasonCodes.None)]
    None,

    /// <summary><c>queued_scope_lock</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.QueuedScopeLock)]
    QueuedScopeLock,

    /// <summary><c>blocked_unknown_source_mapping</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedUnknownSourceMapping)]
    BlockedUnknownSourceMapping,

    /// <summary><c>blocked_missing_capability</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedMissingCapability)]
    BlockedMissingCapability,

    /// <summary><c>blocked_unresolved_delete_candidates</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedUnresolvedDeleteCandidates)]
    BlockedUnresolvedDeleteCandidates,

    /// <summary><c>blocked_unresolved_media_candidates</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedUnresolvedMediaCandidates)]
    BlockedUnresolvedMediaCandidates,

    /// <summary><c>blocked_reference_conflict</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedReferenceConflict)]
    BlockedReferenceConflict,

    /// <summary><c>blocked_media_parent_missing</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedMediaParentMissing)]
    BlockedMediaParentMissing,

    /// <summary><c>blocked_freshness_stale</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedFreshnessStale)]
    BlockedFreshnessStale,

    /// <summary><c>blocked_freshness_unknown</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedFreshnessUnknown)]
    BlockedFreshnessUnknown,

    /// <summary><c>blocked_auth_control_plane_outage</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedAuthControlPlaneOutage)]
    BlockedAuthControlPlaneOutage,

    /// <summary><c>blocked_plan_hash_mismatch</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedPlanHashMismatch)]
    BlockedPlanHashMismatch,

    /// <summary><c>blocked_evidence_not_ready</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedEvidenceNotReady)]
    BlockedEvidenceNotReady,

    /// <summary><c>blocked_resume_precondition_mismatch</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedResumePreconditionMismatch)]
    BlockedResumePreconditionMismatch,

    /// <summary><c>blocked_resume_checkpoint_missing</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.BlockedResumeCheckpointMissing)]
    BlockedResumeCheckpointMissing,

    /// <summary><c>paused_token_refresh_grace_exhausted</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.PausedTokenRefreshGraceExhausted)]
    PausedTokenRefreshGraceExhausted,

    /// <summary><c>paused_entitlement_disabled</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.PausedEntitlementDisabled)]
    PausedEntitlementDisabled,

    /// <summary><c>paused_instance_disabled</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.PausedInstanceDisabled)]
    PausedInstanceDisabled,

    /// <summary><c>failed_media_parent_missing</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedMediaParentMissing)]
    FailedMediaParentMissing,

    /// <summary><c>failed_media_hash_mismatch</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedMediaHashMismatch)]
    FailedMediaHashMismatch,

    /// <summary><c>failed_media_retry_exhausted</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedMediaRetryExhausted)]
    FailedMediaRetryExhausted,

    /// <summary><c>failed_evidence_report_hash_mismatch</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedEvidenceReportHashMismatch)]
    FailedEvidenceReportHashMismatch,

    /// <summary><c>failed_evidence_artifact_hash_mismatch</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedEvidenceArtifactHashMismatch)]
    FailedEvidenceArtifactHashMismatch,

    /// <summary><c>failed_evidence_signature_verification</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedEvidenceSignatureVerification)]
    FailedEvidenceSignatureVerification,

    /// <summary><c>failed_schema_conflict</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedSchemaConflict)]
    FailedSchemaConflict,

    /// <summary><c>failed_permission_conflict</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedPermissionConflict)]
    FailedPermissionConflict,

    /// <summary><c>failed_internal_error</c>.</summary>
    [JsonStringEnumMemberName(ReasonCodes.FailedInternalError)]
    FailedInternalError,
}
