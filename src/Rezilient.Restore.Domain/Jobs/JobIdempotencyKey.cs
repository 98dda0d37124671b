using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Domain.Jobs;

/// <summary>
/// An <c>Idempotency-Key</c> of <c>POST /v1/jobs</c> (decision J5), scoped to the token's tenant/instance/source.
/// <see cref="RequestHash"/> identifies the validated request (SHA-256 of its canonical JSON) so a reused key with another
/// body is recognised.
/// </summary>
public sealed class JobIdempotencyKey : IScopedRecord
{
    public required string TenantId { get; init; }

    public required string InstanceId { get; init; }

    public required string Source { get; init; }

    public required string IdempotencyKey { get; init; }

    public required string RequestHash { get; init; }

    public required string JobId { get; init; }

    /// <summary>The first response's body, replayed verbatim for a retry with the same key and body (J5).</summary>
    public required string ResponseJson { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
