using Rezilient.Restore.Domain.Audit;

namespace Rezilient.Restore.Application.Common.Abstractions;

/// <summary>
/// Persists request-audit rows outside the command's own transaction, so a row is written even when the command
/// was rejected or faulted and its transaction rolled back.
/// </summary>
public interface IRequestAuditLog
{
    Task WriteAsync(RequestAuditEntry entry, CancellationToken cancellationToken);
}
