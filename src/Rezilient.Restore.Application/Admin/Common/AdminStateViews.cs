using System.Text.Json.Serialization;

namespace Rezilient.Restore.Application.Admin.Common;

/// <summary><c>staging_mode</c> state object (spec 01 §3.1 #22).</summary>
public sealed record StagingModeView(bool Enabled, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary><c>runbooks</c> state object (spec 01 §3.1 #23).</summary>
public sealed record RunbooksView(bool SignedOff, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>
/// <c>drill</c> object (spec 01 §3.1 #24). <c>notes</c> is always present and may be JSON null; a drill never
/// recorded has null <c>updated_at</c>/<c>updated_by</c> on the dashboards.
/// </summary>
public sealed record FailureDrillView(
    string DrillId,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Notes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? UpdatedBy);
