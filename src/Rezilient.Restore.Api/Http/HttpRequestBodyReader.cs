using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Api.Http;

/// <summary>Reads the current request's body on demand with the rules of <see cref="JsonBodyReader"/>.</summary>
internal sealed class HttpRequestBodyReader(IHttpContextAccessor accessor, BodyLimits limits) : IRequestBodyReader
{
    public Task<Result<JsonBody>> ReadJsonAsync(CancellationToken cancellationToken) =>
        JsonBodyReader.ReadAsync(
            accessor.HttpContext?.Request.Body ?? throw new InvalidOperationException("no current HTTP request"),
            limits.MaxJsonBodyBytes,
            cancellationToken);
}
