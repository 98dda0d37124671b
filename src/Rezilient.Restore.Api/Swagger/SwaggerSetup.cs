using Microsoft.OpenApi;

namespace Rezilient.Restore.Api.Swagger;

/// <summary>
/// The OpenAPI document other services generate their clients from: both security schemes, every endpoint with every
/// status code and its envelope schema, snake_case properties and string enums (from the MVC JSON options).
/// </summary>
public static class SwaggerSetup
{
    public const string BearerScheme = "bearer";
    public const string AdminScheme = "admin_token";

    public static IServiceCollection AddRestoreSwagger(this IServiceCollection services) =>
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Rezilient Restore",
                Version = "v1",
                Description = "Restore backend: dry-run planning, restore jobs and lock queue, execution, signed " +
                              "evidence and admin ops. Every non-2xx answer carries the error envelope of spec 01 §8.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "HS256 token minted by the auth control plane (aud rezilient:rrs, service_scope rrs); " +
                              "it scopes the request to one tenant/instance/source.",
            });
            options.AddSecurityDefinition(AdminScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Http.AdminTokenCheck.HeaderName,
                Description = "Admin token (RRS_ADMIN_TOKEN) for /v1/admin/*.",
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<OptionalMembersSchemaFilter>();
            options.OperationFilter<ContractResponsesOperationFilter>();
            options.OperationFilter<JsonBodyOperationFilter>();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "Rezilient.Restore.Api.xml"));
        });
}
