using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// One command = one transaction (spec 08 B7), run through the retrying execution strategy: a transient failure
/// re-runs the whole unit with a cleared change tracker, never reusing half-tracked entities (B7.2).
/// </summary>
internal sealed class EfUnitOfWork(RestoreDbContext db) : IUnitOfWork
{
    public async ValueTask<T> ExecuteInTransactionAsync<T>(
        Func<CancellationToken, ValueTask<T>> operation, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await operation(cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await operation(token);
                if (commit(result))
                {
                    await db.SaveChangesAsync(token);
                    await transaction.CommitAsync(token);
                }
                else
                {
                    db.ChangeTracker.Clear();
                    await transaction.RollbackAsync(token);
                }

                return result;
            },
            cancellationToken);
    }
}
