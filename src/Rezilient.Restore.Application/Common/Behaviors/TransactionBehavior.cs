using Mediator;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Common.Behaviors;

/// <summary>
/// Innermost behavior for commands: the handler runs in one database transaction that commits only on success.
/// A rejected command (a failed <see cref="Result{T}"/>) rolls back, so bad input changes nothing.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteInTransactionAsync(
            token => next(message, token),
            response => response is not IResult result || result.IsSuccess,
            cancellationToken);
}
