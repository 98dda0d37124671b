namespace Rezilient.Restore.Domain.Common;

/// <summary>
/// The shared <c>RestoreReasonCode</c> vocabulary (spec 01 §8.4, plus <c>blocked_plan_unavailable</c> from
/// decision J1) and the HTTP-layer reason codes. Defined once here and referenced everywhere else.
/// </summary>
public static class ReasonCodes
{
    public const string None = "none";
    public const string QueuedScopeLock = "queued_scope_lock";
    public const string BlockedUnknownSourceMapping = "blocked_unknown_source_mapping";
    public const string BlockedMissingCapability = "blocked_missing_capability";
    public const string BlockedUnresolvedDeleteCandidates = "blocked_unresolved_delete_candidates";
    public const string BlockedUnresolvedMediaCandidates = "blocked_unresolved_media_candidates";
    public const string BlockedReferenceConflict = "blocked_reference_conflict";
    public const string BlockedMediaParentMissing = "blocked_media_parent_missing";
    public const string BlockedFreshnessStale = "blocked_freshness_stale";
    public const string BlockedFreshnessUnknown = "blocked_freshness_unknown";
    public const string BlockedAuthControlPlaneOutage = "blocked_auth_control_plane_outage";
    public const string BlockedPlanHashMismatch = "blocked_plan_hash_mismatch";
    public const string BlockedPlanUnavailable = "blocked_plan_unavailable";
    public const string BlockedEvidenceNotReady = "blocked_evidence_not_ready";
    public const string BlockedResumePreconditionMismatch = "blocked_resume_precondition_mismatch";
    public const string BlockedResumeCheckpointMissing = "blocked_resume_checkpoint_missing";
    public const string PausedTokenRefreshGraceExhausted = "paused_token_refresh_grace_exhausted";
    public const string PausedEntitlementDisabled = "paused_entitlement_disabled";
    public const string PausedInstanceDisabled = "paused_instance_disabled";
    public const string FailedMediaParentMissing = "failed_media_parent_missing";
    public const string FailedMediaHashMismatch = "failed_media_hash_mismatch";
    public const string FailedMediaRetryExhausted = "failed_media_retry_exhausted";
    public const string FailedEvidenceReportHashMismatch = "failed_evidence_report_hash_mismatch";
    public const string FailedEvidenceArtifactHashMismatch = "failed_evidence_artifact_hash_mismatch";
    public const string FailedEvidenceSignatureVerification = "failed_evidence_signature_verification";
    public const string FailedSchemaConflict = "failed_schema_conflict";
    public const string FailedPermissionConflict = "failed_permission_conflict";
    public const string FailedInternalError = "failed_internal_error";

    // HTTP-layer codes (spec 01 §8.1).
    public const string AdminAuthRequired = "admin_auth_required";
    public const string RequestBodyTooLarge = "request_body_too_large";
}
