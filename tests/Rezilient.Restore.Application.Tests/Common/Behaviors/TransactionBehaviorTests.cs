using Mediator;
using Moq;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Behaviors;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Tests.Common.Behaviors;

public sealed class TransactionBehaviorTests
{
    private static readonly RestoreError Rejection = RestoreError.InvalidRequest("rejected");

    /// <summary>A unit of work that runs the operation once and keeps the commit predicate it was given.</summary>
    private static Mock<IUnitOfWork> UnitOfWork<T>(Action<Func<T, bool>, CancellationToken> onExecute)
    {
        var unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        unitOfWork
            .Setup(u => u.ExecuteInTransactionAsync(
                It.IsAny<Func<CancellationToken, ValueTask<T>>>(),
                It.IsAny<Func<T, bool>>(),
                It.IsAny<CancellationToken>()))
            .Returns((Func<CancellationToken, ValueTask<T>> operation, Func<T, bool> commit, CancellationToken token) =>
            {
                onExecute(commit, token);
                return operation(token);
            });
        return unitOfWork;
    }

    [Test]
    public async Task The_handler_runs_inside_the_unit_of_work()
    {
        var inTransaction = false;
        var unitOfWork = UnitOfWork<Result<string>>((_, _) => inTransaction = true);
        var behavior = new TransactionBehavior<TestCommand, Result<string>>(unitOfWork.Object);
        var handlerSawTransaction = false;

        var result = await behavior.Handle(new TestCommand("x"), (_, _) =>
        {
            handlerSawTransaction = inTransaction;
            return ValueTask.FromResult(Result<string>.Ok("done"));
        }, CancellationToken.None);

        Assert.That(handlerSawTransaction, Is.True);
        Assert.That(result.Value, Is.EqualTo("done"));
        unitOfWork.Verify(u => u.ExecuteInTransactionAsync(
            It.IsAny<Func<CancellationToken, ValueTask<Result<string>>>>(),
            It.IsAny<Func<Result<string>, bool>>(),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task The_request_token_is_handed_to_the_unit_of_work_and_its_token_to_the_handler()
    {
        using var requestSource = new CancellationTokenSource();
        CancellationToken seenByUnitOfWork = default;
        CancellationToken seenByHandler = default;
        var unitOfWork = UnitOfWork<Result<string>>((_, token) => seenByUnitOfWork = token);
        var behavior = new TransactionBehavior<TestCommand, Result<string>>(unitOfWork.Object);

        await behavior.Handle(new TestCommand("x"), (_, token) =>
        {
            seenByHandler = token;
            return ValueTask.FromResult(Result<string>.Ok("done"));
        }, requestSource.Token);

        Assert.That(seenByUnitOfWork, Is.EqualTo(requestSource.Token));
        Assert.That(seenByHandler, Is.EqualTo(requestSource.Token));
    }

    [Test]
    public async Task A_successful_result_commits()
    {
        Func<Result<string>, bool>? commit = null;
        var behavior = new TransactionBehavior<TestCommand, Result<string>>(
            UnitOfWork<Result<string>>((c, _) => commit = c).Object);

        var result = await behavior.Handle(
            new TestCommand("x"), (_, _) => ValueTask.FromResult(Result<string>.Ok("done")), CancellationToken.None);

        Assert.That(commit!(result), Is.True);
    }

    [Test]
    public async Task A_failed_result_rolls_back()
    {
        Func<Result<string>, bool>? commit = null;
        var behavior = new TransactionBehavior<TestCommand, Result<string>>(
            UnitOfWork<Result<string>>((c, _) => commit = c).Object);

        var result = await behavior.Handle(
            new TestCommand("x"), (_, _) => ValueTask.FromResult(Result<string>.Fail(Rejection)), CancellationToken.None);

        Assert.That(result.Error, Is.SameAs(Rejection));
        Assert.That(commit!(result), Is.False);
    }

    [Test]
    public async Task A_response_that_is_not_a_result_commits()
    {
        Func<int, bool>? commit = null;
        var behavior = new TransactionBehavior<PlainCommand, int>(UnitOfWork<int>((c, _) => commit = c).Object);

        var response = await behavior.Handle(new PlainCommand(7), (m, _) => ValueTask.FromResult(m.Value), CancellationToken.None);

        Assert.That(response, Is.EqualTo(7));
        Assert.That(commit!(response), Is.True);
    }

    [Test]
    public void A_handler_fault_propagates_out_of_the_transaction()
    {
        var behavior = new TransactionBehavior<TestCommand, Result<string>>(
            UnitOfWork<Result<string>>((_, _) => { }).Object);
        MessageHandlerDelegate<TestCommand, Result<string>> next = (_, _) => throw new InvalidOperationException("boom");

        var ex = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new TestCommand("x"), next, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("boom"));
    }
}
