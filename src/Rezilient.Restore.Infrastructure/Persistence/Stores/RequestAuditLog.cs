using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Domain.Audit;

namespace Rezilient.Restore.Infrastructure.Persistence.Stores;

/// <summary>Writes audit rows on a context of their own, independent of the command's (possibly rolled back) one.</summary>
internal sealed class RequestAuditLog(IDbContextFactory<RestoreDbContext> contexts) : IRequestAuditLog
{
    public async Task WriteAsync(RequestAuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.RequestAuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
