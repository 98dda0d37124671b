namespace Rezilient.Restore.Api.Contracts;

// OpenAPI shapes of the admin mutation bodies (spec 01 §6.3). The actions read the raw JSON, because validation
// distinguishes JSON types exactly (e.g. "true" is not a boolean); these types only document the contract.

/// <summary>Body of <c>POST /v1/admin/ops/staging-mode</c>.</summary>
/// <param name="Enabled">The new staging-mode flag (a JSON boolean).</param>
/// <param name="Actor">Who changes it (non-empty; stored trimmed).</param>
public sealed record StagingModeRequest(bool Enabled, string Actor);

/// <summary>Body of <c>POST /v1/admin/ops/runbooks-signoff</c>.</summary>
/// <param name="SignedOff">Whether the GA runbooks are signed off (a JSON boolean).</param>
/// <param name="Actor">Who signs off (non-empty; stored trimmed).</param>
public sealed record RunbooksSignoffRequest(bool SignedOff, string Actor);

/// <summary>Body of <c>POST /v1/admin/ops/failure-drills</c>.</summary>
/// <param name="DrillId">One of auth_outage, sidecar_lag, pg_saturation, entitlement_disable, crash_resume, evidence_audit_export.</param>
/// <param name="Status">pending, pass/passed or fail/failed (case-sensitive); stored as pending, passed or failed.</param>
/// <param name="Actor">Who records the result (non-empty; stored trimmed).</param>
/// <param name="Notes">Optional free text, stored as given; an empty string is stored as null.</param>
public sealed record FailureDrillRequest(string DrillId, string Status, string Actor, string? Notes = null);
