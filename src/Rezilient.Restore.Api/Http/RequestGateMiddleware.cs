using Rezilient.Restore.Application.Auth;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// The precedence rules P1–P3 of spec 01 §2, before any route matching: <c>GET /v1/health</c> is open; paths under
/// <c>/v1/admin/</c> need the admin token (403) and never consult bearer tokens; everything else needs a valid
/// bearer token (401), so unknown routes, wrong methods, HEAD and OPTIONS answer 401 when unauthenticated.
/// </summary>
public sealed class RequestGateMiddleware(
    RequestDelegate next, BearerTokenVerifier verifier, AdminTokenCheck adminCheck, TimeProvider clock)
{
    public const string HealthPath = "/v1/health";
    public const string ReadinessPath = "/health/ready";
    public const string AdminPrefix = "/v1/admin/";

    public Task InvokeAsync(HttpContext context)
    {
        var path = RequestPath.Get(context);
        var isGet = HttpMethods.IsGet(context.Request.Method);

        // P1, plus the readiness probe (a port addition for orchestrators; not under /v1).
        if (isGet && (path == HealthPath || path == ReadinessPath))
        {
            context.Features.Set(CallerIdentity.Anonymous);
            return next(context);
        }

        // P2: the admin branch.
        if (path.StartsWith(AdminPrefix, StringComparison.Ordinal))
        {
            if (!adminCheck.IsAuthorized(context.Request.Headers[AdminTokenCheck.HeaderName]))
            {
                return HttpErrors.WriteAsync(context, HttpErrors.AdminForbidden);
            }

            context.Features.Set(CallerIdentity.Admin);
            return next(context);
        }

        // P3: bearer authentication for every other request.
        // More than one Authorization header is not one bearer token: malformed (never a joined, "tampered" value).
        var authorization = context.Request.Headers.Authorization;
        var verification = verifier.Verify(authorization.Count > 1 ? null : authorization.ToString(), clock.GetUtcNow());
        if (!verification.IsAuthenticated)
        {
            return HttpErrors.WriteAsync(context, HttpErrors.Unauthorized(verification.ReasonCode!));
        }

        context.Features.Set(new CallerIdentity(verification.Claims, IsAdmin: false));
        return next(context);
    }
}
