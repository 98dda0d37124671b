using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// Reads the current request's body on demand with the rules of <see cref="JsonBodyReader"/>, once per request (the
/// reader is scoped): a unit of work re-run after a transient failure gets the same body, not an empty stream.
/// </summary>
internal sealed class HttpRequestBodyReader(IHttpContextAccessor accessor, BodyLimits limits) : IRequestBodyReader
{
    private Task<Result<JsonBody>>? read;

    public Task<Result<JsonBody>> ReadJsonAsync(CancellationToken cancellationToken) =>
        read ??= JsonBodyReader.ReadAsync(
            accessor.HttpContext?.Request.Body ?? throw new InvalidOperationException("no current HTTP request"),
            limits.MaxJsonBodyBytes,
            cancellationToken);
}
