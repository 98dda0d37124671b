namespace Rezilient.Restore.Domain.Scope;

/// <summary>
/// A canonical mapping as the mapping source reports it (spec 02 §5.4, §6.2): the scope's source and the states
/// that decide whether restores may be created. Values are kept untrimmed.
/// </summary>
public sealed record CanonicalMapping(
    string TenantId,
    string InstanceId,
    string Source,
    string TenantState,
    string EntitlementState,
    string InstanceState,
    IReadOnlyList<string> AllowedServices,
    string UpdatedAt)
{
    /// <summary>The scope the resolve asked for (<c>reg</c> or <c>rrs</c>); null for list records.</summary>
    public string? RequestedServiceScope { get; init; }

    /// <summary>Whether the requested scope is allowed; null for list records.</summary>
    public bool? ServiceAllowed { get; init; }

    public bool IsFullyActive =>
        TenantState == MappingStates.Active && EntitlementState == MappingStates.Active
        && InstanceState == MappingStates.Active;
}

/// <summary>Tenant, entitlement and instance states (spec 02 §5.4).</summary>
public static class MappingStates
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Disabled = "disabled";

    public static bool IsKnown(string? value) => value is Active or Suspended or Disabled;
}

/// <summary>Service scopes a mapping can allow (spec 02 §5.2).</summary>
public static class ServiceScopes
{
    public const string Restore = "rrs";
    public const string Registry = "reg";

    public static bool IsKnown(string? value) => value is Restore or Registry;
}
