using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rezilient.Restore.Infrastructure.Persistence;

/// <summary>
/// Inside a command's unit of work, any <c>SaveChanges</c> first begins the unit's transaction, so tracked writes
/// can never autocommit ahead of the unit (the transaction itself begins lazily; see <see cref="EfUnitOfWork"/>).
/// </summary>
internal sealed class UnitTransactionInterceptor : SaveChangesInterceptor
{
    public static UnitTransactionInterceptor Instance { get; } = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is RestoreDbContext { InUnit: true } db && db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is RestoreDbContext { InUnit: true } db && db.Database.CurrentTransaction is null)
        {
            db.Database.BeginTransaction();
        }

        return result;
    }
}
