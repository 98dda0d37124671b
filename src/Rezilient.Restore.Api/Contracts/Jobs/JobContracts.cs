using System.Text.Json.Serialization;

namespace Rezilient.Restore.Api.Contracts.Jobs;

/// <summary>Body of <c>POST /v1/jobs</c> (<c>CreateRestoreJobRequest</c>, spec 04 §2.1). Strict: unknown members are a 400.</summary>
/// <param name="TenantId">Must equal the token's tenant_id.</param>
/// <param name="InstanceId">Must equal the token's instance_id.</param>
/// <param name="Source">Must equal the token's source and the canonical mapping's source.</param>
/// <param name="PlanId">The executable dry-run plan of this scope the job restores (decision J1).</param>
/// <param name="PlanHash">64 hex characters; must equal the dry-run plan's hash (compared lower-cased, J9).</param>
/// <param name="LockScopeTables">Tables to lock (≥ 1); trimmed, de-duplicated, sorted; must cover every table of the plan (J10).</param>
/// <param name="RequiredCapabilities">restore_execute, restore_delete, restore_override_caps, restore_schema_override (≥ 1).</param>
/// <param name="RequestedBy">Who asks for the restore.</param>
/// <param name="Approval">Optional approval placeholder, stored and echoed as given; never enforced (J7).</param>
public sealed record CreateJobRequestDocument(
    string TenantId,
    string InstanceId,
    string Source,
    string PlanId,
    string PlanHash,
    IReadOnlyList<string> LockScopeTables,
    IReadOnlyList<string> RequiredCapabilities,
    string RequestedBy,
    Plans.Approval? Approval = null);

/// <summary>Body of <c>POST /v1/jobs/{job_id}/complete</c> (spec 04 §2.4).</summary>
/// <param name="Status">completed, failed or cancelled.</param>
/// <param name="ReasonCode">One of the 27 restore reason codes; default none.</param>
public sealed record CompleteJobRequestDocument(string Status, string? ReasonCode = null);

/// <summary>A restore job (<c>RestoreJobRecord</c>, spec 04 §1.2); documented-nullable members are always present.</summary>
/// <param name="ContractVersion">restore.contracts.v1.</param>
/// <param name="JobId"><c>job_</c> + UUID.</param>
/// <param name="TenantId">Scope tenant.</param>
/// <param name="InstanceId">Scope instance.</param>
/// <param name="Source">Scope source.</param>
/// <param name="PlanId">The dry-run plan.</param>
/// <param name="PlanHash">Lower-case SHA-256 hex.</param>
/// <param name="Status">queued, running, paused, completed, failed or cancelled.</param>
/// <param name="StatusReasonCode">Restore reason code of the status.</param>
/// <param name="LockScopeTables">Normalized lock tables.</param>
/// <param name="RequiredCapabilities">As requested, in order.</param>
/// <param name="RequestedBy">Requester.</param>
/// <param name="RequestedAt">YYYY-MM-DDTHH:MM:SS.mmmZ.</param>
/// <param name="Approval">Approval placeholder or the request's approval.</param>
/// <param name="MetadataAllowlistVersion">rrs.metadata.allowlist.v1.</param>
/// <param name="QueuePosition">1-based place among the scope's queued jobs, recomputed on every read (J3); null unless queued.</param>
/// <param name="WaitReasonCode">queued_scope_lock while queued; otherwise null.</param>
/// <param name="WaitTables">Tables that blocked the job when it was queued; [] otherwise.</param>
/// <param name="StartedAt">When the job first acquired its locks; null if never.</param>
/// <param name="CompletedAt">When the job ended; null while active.</param>
/// <param name="UpdatedAt">Last state change.</param>
public sealed record RestoreJobRecordDocument(
    string ContractVersion,
    string JobId,
    string TenantId,
    string InstanceId,
    string Source,
    string PlanId,
    string PlanHash,
    string Status,
    string StatusReasonCode,
    IReadOnlyList<string> LockScopeTables,
    IReadOnlyList<string> RequiredCapabilities,
    string RequestedBy,
    string RequestedAt,
    Plans.Approval Approval,
    string MetadataAllowlistVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? QueuePosition,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? WaitReasonCode,
    IReadOnlyList<string> WaitTables,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StartedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? CompletedAt,
    string UpdatedAt);

/// <summary><c>{"job": …}</c>.</summary>
/// <param name="Job">The job record.</param>
public sealed record JobResponseDocument(RestoreJobRecordDocument Job);

/// <summary><c>{"job": …, "promoted_job_ids": […]}</c> of a completion.</summary>
/// <param name="Job">The completed job.</param>
/// <param name="PromotedJobIds">Queued jobs this completion started, in promotion order.</param>
public sealed record CompleteJobResponseDocument(RestoreJobRecordDocument Job, IReadOnlyList<string> PromotedJobIds);

/// <summary>A legacy job event (spec 04 §1.5).</summary>
/// <param name="EventId"><c>evt_</c> + time-ordered UUID.</param>
/// <param name="EventType">job_created, job_queued, job_started, job_paused, job_completed, job_failed, job_cancelled.</param>
/// <param name="JobId">Subject job.</param>
/// <param name="ReasonCode">Restore reason code; none when not applicable.</param>
/// <param name="CreatedAt">Operation time.</param>
/// <param name="Details">Event-type specific members (spec 04 §5.1).</param>
public sealed record JobEventDocument(
    string EventId, string EventType, string JobId, string ReasonCode, string CreatedAt, Dictionary<string, object> Details);

/// <summary><c>{"events": […]}</c> of the legacy event list.</summary>
/// <param name="Events">Oldest first.</param>
public sealed record JobEventsResponseDocument(IReadOnlyList<JobEventDocument> Events);

/// <summary>A normalized cross-service audit event (<c>audit.contracts.v1</c>, spec 04 §1.6/§6).</summary>
/// <param name="ContractVersion">audit.contracts.v1.</param>
/// <param name="SchemaVersion">audit.event.v1.</param>
/// <param name="EventId">Same id as the legacy event.</param>
/// <param name="OccurredAt">The legacy created_at.</param>
/// <param name="Service">rrs.</param>
/// <param name="Lifecycle">plan, execute or resume.</param>
/// <param name="Action">job_created, queued_for_lock, started, resumed, paused, completed, failed, cancelled.</param>
/// <param name="Outcome">accepted, queued, started, paused, completed, failed, cancelled.</param>
/// <param name="TenantId">The job's tenant.</param>
/// <param name="InstanceId">The job's instance.</param>
/// <param name="Source">The job's source.</param>
/// <param name="PlanId">The job's plan.</param>
/// <param name="PlanHash">Lower-case.</param>
/// <param name="JobId">The job.</param>
/// <param name="ReasonCode">Omitted when the legacy reason is none.</param>
/// <param name="Metadata">The legacy details followed by legacy_event_type.</param>
public sealed record CrossServiceEventDocument(
    string ContractVersion, string SchemaVersion, string EventId, string OccurredAt, string Service, string Lifecycle,
    string Action, string Outcome, string? TenantId, string? InstanceId, string? Source, string? PlanId, string? PlanHash,
    string? JobId, string? ReasonCode, Dictionary<string, object> Metadata);

/// <summary><c>{"events": […]}</c> of the cross-service list.</summary>
/// <param name="Events">In replay order: occurred_at, service, event_id.</param>
public sealed record CrossServiceEventsResponseDocument(IReadOnlyList<CrossServiceEventDocument> Events);
