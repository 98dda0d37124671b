using System.Text.Json;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Api.Configuration;

/// <summary>Validates and reads <c>RRS_SOURCE_MAPPINGS_JSON</c> (spec 09 §2.1).</summary>
internal static class SourceMappingsJson
{
    public const string VariableName = "RRS_SOURCE_MAPPINGS_JSON";

    /// <summary>
    /// Returns the first failing check's message, or null with the mappings. spec 09 §2.1: checks in the
    /// order of the table, elements in array order; values are kept untrimmed.
    /// </summary>
    public static string? Read(string json, out List<SourceMapping> mappings)
    {
        mappings = [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return $"{VariableName} must be valid JSON";
        }

        using (document)
        {
            var root = document.RootElement;
            if (!HasDecodableStrings(root))
            {
                return $"{VariableName} must be valid JSON";
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return $"{VariableName} must be a JSON array";
            }

            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                // An array is an object to the reference (typeof [] === "object") and fails on tenant_id.
                if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
                {
                    return $"{VariableName}[{index}] must be an object";
                }

                var tenantId = NonBlankString(element, "tenant_id");
                if (tenantId is null)
                {
                    return $"{VariableName}[{index}].tenant_id must be non-empty";
                }

                var instanceId = NonBlankString(element, "instance_id");
                if (instanceId is null)
                {
                    return $"{VariableName}[{index}].instance_id must be non-empty";
                }

                var source = NonBlankString(element, "source");
                if (source is null)
                {
                    return $"{VariableName}[{index}].source must be non-empty";
                }

                mappings.Add(new SourceMapping(tenantId, instanceId, source));
                index++;
            }
        }

        return null;
    }

    private static string? NonBlankString(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(property, out var value)
            || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        return RestoreSettingsParser.Trim(text).Length == 0 ? null : text;
    }

    // JsonDocument accepts escaped lone surrogates ("\ud800") but cannot turn them into strings; such a
    // document is reported as invalid JSON before any structural check runs.
    private static bool HasDecodableStrings(JsonElement element)
    {
        try
        {
            VisitStrings(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void VisitStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    VisitStrings(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    VisitStrings(property.Value);
                }

                break;
        }
    }
}
