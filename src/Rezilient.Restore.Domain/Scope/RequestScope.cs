namespace Rezilient.Restore.Domain.Scope;

/// <summary>
/// The tenant/instance/source a bearer token is scoped to (spec 01 §4.5). Comparisons are exact and ordinal.
/// </summary>
public sealed record RequestScope(string TenantId, string InstanceId, string Source)
{
    public bool Owns(string tenantId, string instanceId, string source) =>
        string.Equals(TenantId, tenantId, StringComparison.Ordinal)
        && string.Equals(InstanceId, instanceId, StringComparison.Ordinal)
        && string.Equals(Source, source, StringComparison.Ordinal);
}
