using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// Runs after endpoint selection and makes routing behave as the contract says (spec 01 §1.7–1.8, §2 P5, note N9):
/// literal segments match case-sensitively and exactly (no trailing-slash tolerance), path parameters are taken from
/// the raw path and fully percent-decoded (<c>%2F</c> → <c>/</c>; a broken escape is a 404, decision P2), and
/// anything that is not a controller action — including the framework's 405 endpoint — is a plain 404.
/// </summary>
public sealed class StrictRouteMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint
            && endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
            && TryMatch(endpoint.RoutePattern, RequestPath.Get(context), context.Request.RouteValues))
        {
            return next(context);
        }

        context.SetEndpoint(null);
        return HttpErrors.WriteAsync(context, Application.Common.Results.RestoreError.NotFound);
    }

    private static bool TryMatch(RoutePattern pattern, string rawPath, RouteValueDictionary routeValues)
    {
        var segments = rawPath.Split('/');
        if (segments.Length != pattern.PathSegments.Count + 1 || segments[0].Length != 0)
        {
            return false;
        }

        var decodedParameters = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < pattern.PathSegments.Count; i++)
        {
            var raw = segments[i + 1];
            switch (pattern.PathSegments[i].Parts)
            {
                case [RoutePatternLiteralPart literal]:
                    if (!string.Equals(literal.Content, raw, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    break;
                case [RoutePatternParameterPart parameter]:
                    if (raw.Length == 0 || !RequestPath.TryDecodeSegment(raw, out var decoded))
                    {
                        return false;
                    }

                    decodedParameters.Add(new(parameter.Name, decoded));
                    break;
                default:
                    // Every route of this service is made of whole-segment literals and parameters.
                    return false;
            }
        }

        foreach (var (name, value) in decodedParameters)
        {
            routeValues[name] = value;
        }

        return true;
    }
}
