using System.Text.Json.Serialization;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Api.Contracts.Plans;

// String enums of conflicts, candidates and approval (spec 03 §5.6–§5.8, §5.11), members in declaration order.

/// <summary>Conflict class (spec 03 §5.6); only <c>reference_conflict</c> can block at dry-run.</summary>
public enum PlanConflictClass
{
    /// <summary><c>value_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictClass.Value)]
    ValueConflict,

    /// <summary><c>missing_row_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictClass.MissingRow)]
    MissingRowConflict,

    /// <summary><c>unexpected_existing_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictClass.UnexpectedExisting)]
    UnexpectedExistingConflict,

    /// <summary><c>reference_conflict</c>: blocks the gate while it has no resolution.</summary>
    [JsonStringEnumMemberName(ConflictClass.Reference)]
    ReferenceConflict,

    /// <summary><c>schema_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictClass.Schema)]
    SchemaConflict,

    /// <summary><c>permission_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictClass.Permission)]
    PermissionConflict,

    /// <summary><c>stale_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictClass.Stale)]
    StaleConflict,
}

/// <summary>Conflict resolution (spec 03 §5.6).</summary>
public enum PlanConflictResolution
{
    /// <summary><c>skip</c>: not allowed for <c>reference_conflict</c>.</summary>
    [JsonStringEnumMemberName(ConflictResolution.Skip)]
    Skip,

    /// <summary><c>abort_and_replan</c>.</summary>
    [JsonStringEnumMemberName(ConflictResolution.AbortAndReplan)]
    AbortAndReplan,
}

/// <summary>Decision on a delete candidate (spec 03 §5.7); absent means unresolved (blocks the gate).</summary>
public enum DeleteCandidateDecision
{
    /// <summary><c>allow_deletion</c>.</summary>
    [JsonStringEnumMemberName(DeleteDecision.AllowDeletion)]
    AllowDeletion,

    /// <summary><c>skip_deletion</c>.</summary>
    [JsonStringEnumMemberName(DeleteDecision.SkipDeletion)]
    SkipDeletion,
}

/// <summary>Decision on a media candidate (spec 03 §5.8); absent means unresolved (blocks the gate).</summary>
public enum MediaCandidateDecision
{
    /// <summary><c>include</c>: counted in <c>attachment_apply</c>.</summary>
    [JsonStringEnumMemberName(MediaDecision.Include)]
    Include,

    /// <summary><c>exclude</c>: counted in <c>attachment_skip</c>.</summary>
    [JsonStringEnumMemberName(MediaDecision.Exclude)]
    Exclude,
}

/// <summary>Approval state (spec 03 §5.11).</summary>
public enum ApprovalState
{
    /// <summary><c>placeholder_not_enforced</c>: the default when no approval is sent.</summary>
    [JsonStringEnumMemberName("placeholder_not_enforced")]
    PlaceholderNotEnforced,

    /// <summary><c>approval_not_required</c>.</summary>
    [JsonStringEnumMemberName("approval_not_required")]
    ApprovalNotRequired,

    /// <summary><c>requested</c>.</summary>
    [JsonStringEnumMemberName("requested")]
    Requested,

    /// <summary><c>approved</c>.</summary>
    [JsonStringEnumMemberName("approved")]
    Approved,

    /// <summary><c>rejected</c>.</summary>
    [JsonStringEnumMemberName("rejected")]
    Rejected,

    /// <summary><c>expired</c>.</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,
}

/// <summary>Approval decision (spec 03 §5.11).</summary>
public enum ApprovalDecision
{
    /// <summary><c>approve</c>.</summary>
    [JsonStringEnumMemberName("approve")]
    Approve,

    /// <summary><c>reject</c>.</summary>
    [JsonStringEnumMemberName("reject")]
    Reject,

    /// <summary><c>placeholder</c>.</summary>
    [JsonStringEnumMemberName("placeholder")]
    Placeholder,
}

/// <summary>Result of re-validating an approval (spec 03 §5.11).</summary>
public enum ApprovalRevalidationResult
{
    /// <summary><c>not_applicable</c>.</summary>
    [JsonStringEnumMemberName("not_applicable")]
    NotApplicable,

    /// <summary><c>valid</c>.</summary>
    [JsonStringEnumMemberName("valid")]
    Valid,

    /// <summary><c>expired</c>.</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,

    /// <summary><c>rejected</c>.</summary>
    [JsonStringEnumMemberName("rejected")]
    Rejected,
}
