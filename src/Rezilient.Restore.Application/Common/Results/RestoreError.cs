using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Common.Results;

/// <summary>
/// An expected failure carried as a value (house style): the HTTP status, the envelope's <c>error</c>,
/// and the optional <c>reason_code</c>, <c>message</c> and <c>dependency</c> members (spec 01 §8).
/// Optional members that are null are omitted from the envelope, never serialized as null.
/// </summary>
public sealed record RestoreError(
    int Status,
    string Error,
    string? ReasonCode = null,
    string? Message = null,
    string? Dependency = null)
{
    /// <summary>400 <c>invalid_request</c> (E8/E9/E9b): a request that failed validation.</summary>
    public static RestoreError InvalidRequest(string message) => new(400, ErrorCodes.InvalidRequest, Message: message);

    /// <summary>404 E4: unknown route, or a sub-resource that does not exist yet (spec 01 §5.4).</summary>
    public static RestoreError NotFound { get; } = new(404, ErrorCodes.NotFound);

    /// <summary>
    /// 404 E5: the scoped lookup failed. Identical for "missing" and "belongs to another scope"
    /// (spec 01 §5.2), so no response reveals a foreign resource.
    /// </summary>
    public static RestoreError NotFoundInScope { get; } = new(
        404, ErrorCodes.NotFound, ReasonCodes.BlockedUnknownSourceMapping, "resource not found within token scope");
}
