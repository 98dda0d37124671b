using FluentValidation;
using Mediator;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Common.Behaviors;

/// <summary>
/// Runs the request's FluentValidation validators before anything else touches state. The first failure, in the
/// order the rules are declared (the spec's check order), becomes <c>400 invalid_request</c> with its message.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(message, cancellationToken);
            if (!outcome.IsValid)
            {
                return ResultFactory<TResponse>.Fail(RestoreError.InvalidRequest(outcome.Errors[0].ErrorMessage));
            }
        }

        return await next(message, cancellationToken);
    }
}
