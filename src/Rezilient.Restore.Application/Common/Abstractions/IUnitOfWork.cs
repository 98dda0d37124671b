namespace Rezilient.Restore.Application.Common.Abstractions;

/// <summary>
/// Runs one command in one database transaction (spec 08 B7). The whole operation is re-run from scratch on a
/// transient failure (B7.2); it commits only when <paramref name="commit"/> says so and rolls back otherwise.
/// </summary>
public interface IUnitOfWork
{
    ValueTask<T> ExecuteInTransactionAsync<T>(
        Func<CancellationToken, ValueTask<T>> operation,
        Func<T, bool> commit,
        CancellationToken cancellationToken);
}
