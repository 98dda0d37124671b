using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Api.Http;

/// <summary><see cref="IRequestContext"/> over the current HTTP request, as established by <see cref="RequestGateMiddleware"/>.</summary>
internal sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    private CallerIdentity Caller =>
        accessor.HttpContext?.Features.Get<CallerIdentity>() ?? CallerIdentity.Anonymous;

    public RequestScope? Scope => Caller.Claims?.Scope;

    public string Actor => Caller.Actor;

    public string CorrelationId => accessor.HttpContext?.TraceIdentifier ?? "background";
}
