using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Rezilient.Restore.Application.Common.Abstractions;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// One command = one transaction (spec 08 B7), run through the retrying execution strategy: a transient failure
/// re-runs the whole unit with a cleared change tracker, never reusing half-tracked entities (B7.2).
/// The transaction begins at the unit's first write (<see cref="EnsureTransactionAsync"/>, called by every store
/// before it writes or takes a lock, and by the final SaveChanges), so the reads a command does first — a
/// source-mapping resolve, the restore-index read — hold no transaction or lock (spec 08 T1).
/// </summary>
internal sealed class EfUnitOfWork(RestoreDbContext db) : IUnitOfWork
{
    public async ValueTask<T> ExecuteInTransactionAsync<T>(
        Func<CancellationToken, ValueTask<T>> operation, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        if (db.InUnit)
        {
            return await operation(cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                db.InUnit = true;
                try
                {
                    var result = await operation(token);
                    if (commit(result))
                    {
                        await db.SaveChangesAsync(token); // begins the transaction if there are changes

                        if (db.Database.CurrentTransaction is { } transaction)
                        {
                            // Once the work is done, a caller going away must not leave the commit's outcome unknown.
                            await transaction.CommitAsync(CancellationToken.None);
                        }
                    }
                    else if (db.Database.CurrentTransaction is { } transaction)
                    {
                        await transaction.RollbackAsync(token);
                    }

                    return result;
                }
                finally
                {
                    db.InUnit = false;
                    db.ChangeTracker.Clear();
                    if (db.Database.CurrentTransaction is { } open)
                    {
                        await open.DisposeAsync();
                    }
                }
            },
            cancellationToken);
    }

    /// <summary>Begins the unit's transaction if it has not begun yet. Stores call this before writing or locking.</summary>
    public async Task<IDbContextTransaction> EnsureTransactionAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync(cancellationToken);
}
