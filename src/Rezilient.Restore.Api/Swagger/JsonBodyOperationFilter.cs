using System.Reflection;
using Microsoft.OpenApi;
using Rezilient.Restore.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Rezilient.Restore.Api.Swagger;

/// <summary>
/// Actions take their body as a raw <c>JsonBody</c> (validators need exact JSON types); this documents the body with
/// the contract schema named by <see cref="ReadsJsonBodyAttribute.Schema"/> or
/// <see cref="ReadsJsonBodyLaterAttribute.Schema"/> instead.
/// </summary>
public sealed class JsonBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var schema = context.MethodInfo.GetCustomAttribute<ReadsJsonBodyAttribute>()?.Schema
                     ?? context.MethodInfo.GetCustomAttribute<ReadsJsonBodyLaterAttribute>()?.Schema;
        if (schema is null)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(schema, context.SchemaRepository),
                },
            },
        };
    }
}
