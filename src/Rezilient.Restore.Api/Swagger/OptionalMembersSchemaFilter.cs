using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Rezilient.Restore.Api.Swagger;

/// <summary>
/// Spec 01 §1.3 distinguishes "omitted" from "null". A member the contract omits when unset is optional and never null
/// (a client that sends <c>null</c> gets a 400), so it is not advertised as nullable. A member that is always present
/// and may be null is marked <c>[JsonIgnore(Condition = JsonIgnoreCondition.Never)]</c> on its document type: it stays
/// nullable and becomes required.
/// </summary>
public sealed class OptionalMembersSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.Namespace?.StartsWith(
                "Rezilient.Restore", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                       ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            if (!concrete.Properties.TryGetValue(name, out var member) || member is not OpenApiSchema memberSchema
                || memberSchema.Type is not { } type || !type.HasFlag(JsonSchemaType.Null))
            {
                continue;
            }

            if (property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.Never)
            {
                concrete.Required ??= new HashSet<string>();
                concrete.Required.Add(name);
            }
            else
            {
                memberSchema.Type = type & ~JsonSchemaType.Null;
            }
        }
    }
}
