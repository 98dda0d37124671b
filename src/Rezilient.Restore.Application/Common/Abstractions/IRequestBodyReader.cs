using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Common.Abstractions;

/// <summary>
/// Reads the request body on demand, for routes that must answer a scoped 404 before the body is read
/// (spec 01 §2 consequence 3: <c>/complete</c>, <c>/execution</c>, <c>/resume</c>). Same rules as every body:
/// 413 over the cap, 400 for malformed JSON or a non-object.
/// </summary>
public interface IRequestBodyReader
{
    Task<Result<JsonBody>> ReadJsonAsync(CancellationToken cancellationToken);
}
