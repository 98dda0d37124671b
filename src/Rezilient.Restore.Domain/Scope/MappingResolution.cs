namespace Rezilient.Restore.Domain.Scope;

/// <summary>The three outcomes of resolving a tenant/instance mapping (spec 02 §5.2).</summary>
public enum MappingResolutionKind
{
    Found,
    NotFound,
    Outage,
}

/// <summary>
/// Outcome of a resolve: <c>found</c> with the mapping, <c>not_found</c>, or <c>outage</c> with the operator-facing
/// message of spec 02 §5.5 (and the HTTP status, when there was one, for logs only).
/// </summary>
public sealed record MappingResolution
{
    private MappingResolution(MappingResolutionKind kind, CanonicalMapping? mapping, string? outageMessage, int? httpStatus)
    {
        Kind = kind;
        Mapping = mapping;
        OutageMessage = outageMessage;
        HttpStatus = httpStatus;
    }

    public MappingResolutionKind Kind { get; }

    public CanonicalMapping? Mapping { get; }

    public string? OutageMessage { get; }

    public int? HttpStatus { get; }

    public static MappingResolution NotFound { get; } = new(MappingResolutionKind.NotFound, null, null, null);

    public static MappingResolution Found(CanonicalMapping mapping) =>
        new(MappingResolutionKind.Found, mapping ?? throw new ArgumentNullException(nameof(mapping)), null, null);

    public static MappingResolution Outage(string message, int? httpStatus = null) =>
        new(MappingResolutionKind.Outage, null, message, httpStatus);
}

/// <summary>Outcome of listing mappings (spec 02 §5.3): the records in the source's order, or an outage.</summary>
public sealed record MappingListResult(IReadOnlyList<CanonicalMapping>? Mappings, string? OutageMessage, int? HttpStatus = null)
{
    public bool IsOutage => OutageMessage is not null;

    public static MappingListResult Ok(IReadOnlyList<CanonicalMapping> mappings) => new(mappings, null);

    public static MappingListResult Outage(string message, int? httpStatus = null) => new(null, message, httpStatus);
}

/// <summary>List filters (spec 02 §5.3); a null member is not sent.</summary>
public sealed record MappingListFilter(
    string? TenantId = null,
    string? InstanceId = null,
    string? ServiceScope = null,
    string? TenantState = null,
    string? EntitlementState = null,
    string? InstanceState = null)
{
    /// <summary>The filter the admin freshness dashboard uses (spec 02 §7.1).</summary>
    public static MappingListFilter ActiveRestoreEnabled { get; } =
        new(ServiceScope: ServiceScopes.Restore, TenantState: MappingStates.Active,
            EntitlementState: MappingStates.Active, InstanceState: MappingStates.Active);

    /// <summary>Spec 02 §6.4: every provided filter narrows the result (logical AND).</summary>
    public bool Matches(CanonicalMapping mapping) =>
        (TenantId is null || mapping.TenantId == TenantId)
        && (InstanceId is null || mapping.InstanceId == InstanceId)
        && (ServiceScope is null || mapping.AllowedServices.Contains(ServiceScope, StringComparer.Ordinal))
        && (TenantState is null || mapping.TenantState == TenantState)
        && (EntitlementState is null || mapping.EntitlementState == EntitlementState)
        && (InstanceState is null || mapping.InstanceState == InstanceState);
}
