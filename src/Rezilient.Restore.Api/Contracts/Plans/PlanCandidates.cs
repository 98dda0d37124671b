using System.Text.Json.Serialization;

namespace Rezilient.Restore.Api.Contracts.Plans;

/// <summary>A conflict found while planning (spec 03 §5.6); only its count is hashed.</summary>
/// <param name="ConflictId">Conflict id (uniqueness is not enforced).</param>
/// <param name="Class">Conflict class; an unresolved <c>reference_conflict</c> blocks the gate.</param>
/// <param name="Table">ServiceNow table.</param>
/// <param name="RecordSysId">Record sys_id.</param>
/// <param name="ReasonCode">Any restore reason code.</param>
/// <param name="Reason">Human-readable reason.</param>
/// <param name="ObservedAt">When it was observed, <c>YYYY-MM-DDTHH:mm:ssZ</c> or <c>YYYY-MM-DDTHH:mm:ss.sssZ</c>, kept as written.</param>
/// <param name="Column">Column in conflict.</param>
/// <param name="Resolution">Resolution; <c>skip</c> is not allowed for <c>reference_conflict</c>.</param>
/// <param name="Metadata">Metadata envelope (spec 03 §5.5).</param>
public sealed record Conflict(
    string ConflictId,
    PlanConflictClass Class,
    string Table,
    string RecordSysId,
    RestoreReasonCode ReasonCode,
    string Reason,
    string ObservedAt,
    string? Column = null,
    PlanConflictResolution? Resolution = null,
    MetadataEnvelope? Metadata = null);

/// <summary>A record the restore would delete (spec 03 §5.7); not linked to rows, never hashed or counted.</summary>
/// <param name="CandidateId">Candidate id (uniqueness is not enforced).</param>
/// <param name="RowId">Plan row it belongs to (not checked).</param>
/// <param name="Table">ServiceNow table.</param>
/// <param name="RecordSysId">Record sys_id.</param>
/// <param name="Decision">Decision; omitted means unresolved, which blocks the gate.</param>
public sealed record DeleteCandidate(
    string CandidateId,
    string RowId,
    string Table,
    string RecordSysId,
    DeleteCandidateDecision? Decision = null);

/// <summary>An attachment or media object to restore (spec 03 §5.8); hashed, sorted by candidate_id.</summary>
/// <param name="CandidateId">Candidate id, unique within the plan by exact code units.</param>
/// <param name="Table">ServiceNow table; must equal metadata.table when that is present.</param>
/// <param name="RecordSysId">Parent record sys_id; must equal metadata.record_sys_id when that is present.</param>
/// <param name="SizeBytes">Size in bytes, an integer ≥ 0.</param>
/// <param name="Sha256Plain">SHA-256 hex of the plaintext (any case in requests; lower-cased in responses).</param>
/// <param name="AttachmentSysId">Attachment sys_id; attachment_sys_id or media_id is required.</param>
/// <param name="MediaId">Media id; attachment_sys_id or media_id is required.</param>
/// <param name="ContentType">Content type.</param>
/// <param name="Decision">Decision; omitted means unresolved, which blocks the gate.</param>
/// <param name="ParentRecordExists">Whether the parent record exists in the target.</param>
/// <param name="ObservedSha256Plain">Observed SHA-256 hex (lower-cased in responses).</param>
/// <param name="RetryableFailures">Retryable failures so far, an integer ≥ 0.</param>
/// <param name="MaxRetryAttempts">Retry limit, an integer &gt; 0.</param>
/// <param name="Metadata">Metadata envelope (spec 03 §5.5).</param>
public sealed record MediaCandidate(
    string CandidateId,
    string Table,
    string RecordSysId,
    long SizeBytes,
    string Sha256Plain,
    string? AttachmentSysId = null,
    string? MediaId = null,
    string? ContentType = null,
    MediaCandidateDecision? Decision = null,
    bool? ParentRecordExists = null,
    string? ObservedSha256Plain = null,
    long? RetryableFailures = null,
    long? MaxRetryAttempts = null,
    MetadataEnvelope? Metadata = null);

/// <summary>A record whose point-in-time version is resolved (spec 03 §5.10, §12); not linked to rows, not hashed.</summary>
/// <param name="RowId">Row id it refers to (not checked).</param>
/// <param name="Table">ServiceNow table.</param>
/// <param name="RecordSysId">Record sys_id.</param>
/// <param name="Versions">Candidate versions, at least one.</param>
public sealed record PitCandidate(string RowId, string Table, string RecordSysId, IReadOnlyList<PitVersion> Versions);

/// <summary>One version of a PIT candidate (spec 03 §5.10).</summary>
/// <param name="SysUpdatedOn">ServiceNow time <c>YYYY-MM-DD HH:mm:ss</c>.</param>
/// <param name="Time">Event time (<c>__time</c>), <c>YYYY-MM-DDTHH:mm:ssZ</c> or <c>YYYY-MM-DDTHH:mm:ss.sssZ</c>.</param>
/// <param name="EventId">CDC event id (final tie-break).</param>
/// <param name="SysModCount">ServiceNow modification count, an integer ≥ 0; compared only when both sides have one.</param>
public sealed record PitVersion(
    string SysUpdatedOn,
    [property: JsonPropertyName("__time")] string Time,
    string EventId,
    long? SysModCount = null);
