namespace Rezilient.Restore.Domain.Scope;

/// <summary>Where the mapping came from; static mode words some denials differently (spec 02 §3, note M7).</summary>
public enum MappingSourceKind
{
    Acp,
    Static,
}

/// <summary>How token claims are compared with the request (spec 02 §3 step 2).</summary>
public enum TokenMatchStyle
{
    /// <summary><c>POST /v1/jobs</c>: tenant, then instance, then source, each with its own message.</summary>
    FieldByField,

    /// <summary><c>POST /v1/plans/dry-run</c>: all three at once, one message.</summary>
    AllAtOnce,
}

/// <summary>A refused creation: 403 <c>blocked_unknown_source_mapping</c> or 503 <c>blocked_auth_control_plane_outage</c>.</summary>
public sealed record ScopeDenial(int Status, string ReasonCode, string Message)
{
    public static ScopeDenial Blocked(string message) => new(403, Common.ReasonCodes.BlockedUnknownSourceMapping, message);

    public static ScopeDenial Outage(string message) => new(503, Common.ReasonCodes.BlockedAuthControlPlaneOutage, message);
}

/// <summary>
/// The creation-time scope decision of spec 02 §3, rows D1–D8, as pure rules. Everything is compared exactly
/// (ordinal, case-sensitive, untrimmed). Only two reason codes are produced; inactive mappings deliberately reuse
/// <c>blocked_unknown_source_mapping</c>.
/// </summary>
public static class CreationScopePolicy
{
    /// <summary>Step 2 (D1): the request triple must be the token's, checked before any lookup.</summary>
    public static ScopeDenial? CheckToken(RequestScope token, string tenantId, string instanceId, string source, TokenMatchStyle style)
    {
        if (style == TokenMatchStyle.AllAtOnce)
        {
            return token.Owns(tenantId, instanceId, source)
                ? null
                : ScopeDenial.Blocked("token scope does not match tenant/instance/source request");
        }

        if (!string.Equals(token.TenantId, tenantId, StringComparison.Ordinal))
        {
            return ScopeDenial.Blocked("tenant_id does not match token scope");
        }

        if (!string.Equals(token.InstanceId, instanceId, StringComparison.Ordinal))
        {
            return ScopeDenial.Blocked("instance_id does not match token scope");
        }

        return string.Equals(token.Source, source, StringComparison.Ordinal)
            ? null
            : ScopeDenial.Blocked("source does not match token scope");
    }

    /// <summary>Steps 4–10 (D2, D4–D8) on the outcome of the lookup.</summary>
    public static ScopeDenial? CheckResolution(
        string tenantId, string instanceId, string source, MappingResolution resolution, MappingSourceKind kind)
    {
        switch (resolution.Kind)
        {
            case MappingResolutionKind.Outage:
                return ScopeDenial.Outage(resolution.OutageMessage!);
            case MappingResolutionKind.NotFound:
                return ScopeDenial.Blocked(kind == MappingSourceKind.Static
                    ? "No source mapping found for tenant/instance"
                    : "tenant/instance mapping not found in ACP");
        }

        var mapping = resolution.Mapping!;
        if (!string.Equals(mapping.TenantId, tenantId, StringComparison.Ordinal)
            || !string.Equals(mapping.InstanceId, instanceId, StringComparison.Ordinal))
        {
            return ScopeDenial.Blocked("ACP returned mismatched tenant/instance mapping");
        }

        if (!string.Equals(mapping.Source, source, StringComparison.Ordinal))
        {
            return ScopeDenial.Blocked(kind == MappingSourceKind.Static
                ? "Source does not match canonical mapping"
                : "source does not match canonical ACP mapping");
        }

        if (mapping.ServiceAllowed != true)
        {
            return ScopeDenial.Blocked("service scope is not allowed by ACP mapping");
        }

        return mapping.IsFullyActive
            ? null
            : ScopeDenial.Blocked("ACP mapping is not active for tenant/entitlement/instance");
    }
}
