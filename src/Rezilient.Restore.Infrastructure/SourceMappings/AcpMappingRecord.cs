using Rezilient.Restore.Domain.Common;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>
/// Spec 02 §5.4: the shape every mapping record from ACP must have, for resolve and list alike. Any violation makes
/// the whole answer an outage; values are kept untrimmed.
/// </summary>
internal static class AcpMappingRecord
{
    public static bool TryParse(JsonElement element, [NotNullWhen(true)] out CanonicalMapping? mapping)
    {
        mapping = null;
        if (element.ValueKind != JsonValueKind.Object
            || !TryGetNonBlank(element, "tenant_id", out var tenantId)
            || !TryGetNonBlank(element, "instance_id", out var instanceId)
            || !TryGetNonBlank(element, "source", out var source)
            || !TryGetState(element, "tenant_state", out var tenantState)
            || !TryGetState(element, "entitlement_state", out var entitlementState)
            || !TryGetState(element, "instance_state", out var instanceState)
            || !TryGetAllowedServices(element, out var allowedServices)
            || !TryGetNonBlank(element, "updated_at", out var updatedAt))
        {
            return false;
        }

        mapping = new CanonicalMapping(
            tenantId, instanceId, source, tenantState, entitlementState, instanceState, allowedServices, updatedAt);
        return true;
    }

    private static bool TryGetNonBlank(JsonElement record, string name, [NotNullWhen(true)] out string? value)
    {
        value = record.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
        return value is not null && !EcmaScriptWhitespace.IsBlank(value);
    }

    private static bool TryGetState(JsonElement record, string name, [NotNullWhen(true)] out string? value)
    {
        value = record.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
        return MappingStates.IsKnown(value);
    }

    // Values are not restricted to reg/rrs: ACP may know services RRS does not.
    private static bool TryGetAllowedServices(JsonElement record, [NotNullWhen(true)] out IReadOnlyList<string>? services)
    {
        services = null;
        if (!record.TryGetProperty("allowed_services", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var values = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            var value = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (value is null || EcmaScriptWhitespace.IsBlank(value))
            {
                return false;
            }

            values.Add(value);
        }

        services = values;
        return true;
    }
}
