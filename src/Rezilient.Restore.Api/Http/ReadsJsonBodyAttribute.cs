using Microsoft.AspNetCore.Mvc.Filters;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// Marks an action whose body is read immediately after authentication (spec 01 §2 consequence 5): the body is read
/// and parsed before model binding, and a 413/400 envelope answers before any validation or use case runs.
/// <see cref="Schema"/> documents the body in the OpenAPI document (the action receives a <see cref="JsonBody"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadsJsonBodyAttribute(Type schema) : Attribute, IAsyncResourceFilter
{
    private const string ItemKey = "rrs.json_body";

    public Type Schema { get; } = schema;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var limits = context.HttpContext.RequestServices.GetRequiredService<BodyLimits>();
        var body = await JsonBodyReader.ReadAsync(
            context.HttpContext.Request.Body, limits.MaxJsonBodyBytes, context.HttpContext.RequestAborted);
        if (!body.IsSuccess)
        {
            context.Result = ActionResults.Envelope(body.Error);
            return;
        }

        context.HttpContext.Items[ItemKey] = body.Value;
        await next();
    }

    internal static JsonBody? Get(HttpContext context) => context.Items[ItemKey] as JsonBody;
}

/// <summary><c>RRS_MAX_JSON_BODY_BYTES</c> (spec 01 §7.2).</summary>
public sealed record BodyLimits(long MaxJsonBodyBytes);
