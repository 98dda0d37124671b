using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;

namespace Rezilient.Restore.Infrastructure.Persistence;

internal sealed class DatabaseStatus(RestoreDbContext db) : IDatabaseStatus
{
    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => db.Database.CanConnectAsync(cancellationToken);
}
