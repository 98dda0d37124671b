using Microsoft.OpenApi;
using Rezilient.Restore.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Rezilient.Restore.Api.Swagger;

/// <summary>
/// Adds what every route of a kind shares (spec 01 §3): its security scheme, 401 (bearer) or 403 (admin), 413 and
/// 400 malformed for body-reading routes, and 500, each with the error-envelope schema. Route-specific statuses
/// are declared on the actions.
/// </summary>
public sealed class ContractResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + (context.ApiDescription.RelativePath ?? string.Empty);
        var isAdmin = path.StartsWith(RequestGateMiddleware.AdminPrefix, StringComparison.Ordinal);
        var isOpen = path is RequestGateMiddleware.HealthPath or RequestGateMiddleware.ReadinessPath;
        operation.Responses ??= [];

        if (isAdmin)
        {
            Require(operation, context, SwaggerSetup.AdminScheme);
            AddEnvelope(operation, context, "403", "Admin token missing or wrong (admin_auth_required).");
        }
        else if (!isOpen)
        {
            Require(operation, context, SwaggerSetup.BearerScheme);
            AddEnvelope(operation, context, "401",
                "Bearer token rejected: denied_token_malformed, denied_token_invalid_signature, " +
                "denied_token_wrong_service_scope or denied_token_expired.");
        }

        if (context.MethodInfo.GetCustomAttributes(typeof(ReadsJsonBodyAttribute), false).Length > 0
            || context.MethodInfo.GetCustomAttributes(typeof(ReadsJsonBodyLaterAttribute), false).Length > 0)
        {
            AddEnvelope(operation, context, "400",
                "Malformed JSON or a body that is not a JSON object (bad_request), or validation (invalid_request).");
            AddEnvelope(operation, context, "413", "Body larger than RRS_MAX_JSON_BODY_BYTES (payload_too_large).");
        }

        if (!isOpen)
        {
            AddEnvelope(operation, context, "404", "No such route or method (not_found).");
            AddEnvelope(operation, context, "500", "Unexpected failure (internal_error); no internals.");
        }
    }

    private static void Require(OpenApiOperation operation, OperationFilterContext context, string scheme)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [],
        });
    }

    private static void AddEnvelope(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(ErrorEnvelope), context.SchemaRepository),
                },
            },
        };
    }
}
