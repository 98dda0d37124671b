using System.Text.Json.Serialization;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Api.Contracts.Plans;

// Members the contract pins to one literal value (spec 03 §1). Single-member string enums, so the OpenAPI document
// states the only accepted value instead of a bare string.

/// <summary>Contract version of plans and watermarks (spec 03 §1): always <c>restore.contracts.v1</c>.</summary>
public enum ContractVersion
{
    /// <summary><c>restore.contracts.v1</c>.</summary>
    [JsonStringEnumMemberName(PlanContract.ContractVersion)]
    RestoreContractsV1,
}

/// <summary>Metadata allowlist version (spec 03 §1, §5.5): always <c>rrs.metadata.allowlist.v1</c>.</summary>
public enum MetadataAllowlistVersion
{
    /// <summary><c>rrs.metadata.allowlist.v1</c>.</summary>
    [JsonStringEnumMemberName(PlanContract.MetadataAllowlistVersion)]
    RrsMetadataAllowlistV1,
}

/// <summary>PIT algorithm version (spec 03 §5.1): always <c>pit.v1.sys_updated_on-sys_mod_count-__time-event_id</c>.</summary>
public enum PitAlgorithmVersion
{
    /// <summary><c>pit.v1.sys_updated_on-sys_mod_count-__time-event_id</c>.</summary>
    [JsonStringEnumMemberName(PlanContract.PitAlgorithmVersion)]
    PitV1,
}

/// <summary>Plan-hash input version (spec 03 §9): always <c>plan-hash-input.v1</c>.</summary>
public enum PlanHashInputVersion
{
    /// <summary><c>plan-hash-input.v1</c>.</summary>
    [JsonStringEnumMemberName(PlanContract.PlanHashInputVersion)]
    PlanHashInputV1,
}

/// <summary>Plan-hash algorithm (spec 03 §10): always <c>sha256</c>.</summary>
public enum PlanHashAlgorithm
{
    /// <summary><c>sha256</c>.</summary>
    [JsonStringEnumMemberName(PlanContract.PlanHashAlgorithm)]
    Sha256,
}

/// <summary>Restore time zone (spec 03 §5.1): always <c>UTC</c>.</summary>
public enum RestoreTimezone
{
    /// <summary><c>UTC</c>.</summary>
    [JsonStringEnumMemberName("UTC")]
    Utc,
}

/// <summary>A PIT tie-breaker field name (spec 03 §5.1); the lists themselves are fixed.</summary>
public enum PitTieBreakerField
{
    /// <summary><c>sys_updated_on</c>.</summary>
    [JsonStringEnumMemberName("sys_updated_on")]
    SysUpdatedOn,

    /// <summary><c>sys_mod_count</c>.</summary>
    [JsonStringEnumMemberName("sys_mod_count")]
    SysModCount,

    /// <summary><c>__time</c>.</summary>
    [JsonStringEnumMemberName("__time")]
    Time,

    /// <summary><c>event_id</c>.</summary>
    [JsonStringEnumMemberName("event_id")]
    EventId,
}

/// <summary>Conflict policy (spec 03 §5.3): always <c>review_required</c>.</summary>
public enum ConflictPolicy
{
    /// <summary><c>review_required</c>.</summary>
    [JsonStringEnumMemberName("review_required")]
    ReviewRequired,
}

/// <summary>Approval placeholder mode (spec 03 §5.11): always <c>mvp_not_enforced</c>.</summary>
public enum ApprovalPlaceholderMode
{
    /// <summary><c>mvp_not_enforced</c>.</summary>
    [JsonStringEnumMemberName("mvp_not_enforced")]
    MvpNotEnforced,
}
