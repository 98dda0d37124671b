using FluentValidation;
using Mediator;
using Rezilient.Restore.Application.Common.Behaviors;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Tests.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    private int _nextCalls;

    [SetUp]
    public void ResetCalls() => _nextCalls = 0;

    private ValueTask<Result<string>> Next(TestCommand command, CancellationToken cancellationToken)
    {
        _nextCalls++;
        return ValueTask.FromResult(Result<string>.Ok("handled " + command.Name));
    }

    private static InlineValidator<TestCommand> Validator(params (Func<string, bool> Rule, string Message)[] rules)
    {
        var validator = new InlineValidator<TestCommand>();
        foreach (var (rule, message) in rules)
        {
            validator.RuleFor(c => c.Name).Must(rule).WithMessage(message);
        }

        return validator;
    }

    private static ValidationBehavior<TestCommand, Result<string>> Behavior(params IValidator<TestCommand>[] validators) =>
        new(validators);

    [Test]
    public async Task The_first_failing_rule_becomes_a_400_invalid_request_with_its_message()
    {
        var behavior = Behavior(Validator(
            (_ => true, "first passes"),
            (name => name.Length > 10, "name is too short"),
            (_ => false, "a later rule")));

        var result = await behavior.Handle(new TestCommand("short"), Next, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.EqualTo(new RestoreError(400, "invalid_request", Message: "name is too short")));
    }

    [Test]
    public async Task The_handler_is_not_called_when_validation_fails()
    {
        var behavior = Behavior(Validator((_ => false, "rejected")));

        await behavior.Handle(new TestCommand("x"), Next, CancellationToken.None);

        Assert.That(_nextCalls, Is.Zero);
    }

    [Test]
    public async Task The_first_validator_that_fails_answers()
    {
        var behavior = Behavior(
            Validator((_ => true, "unused")),
            Validator((_ => false, "second validator")),
            Validator((_ => false, "third validator")));

        var result = await behavior.Handle(new TestCommand("x"), Next, CancellationToken.None);

        Assert.That(result.Error!.Message, Is.EqualTo("second validator"));
    }

    [Test]
    public async Task A_valid_message_reaches_the_handler_and_its_response_is_returned()
    {
        var behavior = Behavior(Validator((_ => true, "unused")));

        var result = await behavior.Handle(new TestCommand("plan"), Next, CancellationToken.None);

        Assert.That(_nextCalls, Is.EqualTo(1));
        Assert.That(result.Value, Is.EqualTo("handled plan"));
    }

    [Test]
    public async Task A_message_without_validators_reaches_the_handler()
    {
        var result = await Behavior().Handle(new TestCommand("plan"), Next, CancellationToken.None);

        Assert.That(_nextCalls, Is.EqualTo(1));
        Assert.That(result.IsSuccess, Is.True);
    }

    [Test]
    public void A_failure_for_a_message_whose_response_is_not_a_result_throws()
    {
        var validator = new InlineValidator<PlainCommand>();
        validator.RuleFor(c => c.Value).GreaterThan(0).WithMessage("positive");
        var behavior = new ValidationBehavior<PlainCommand, int>([validator]);
        MessageHandlerDelegate<PlainCommand, int> next = (_, _) => ValueTask.FromResult(1);

        Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new PlainCommand(0), next, CancellationToken.None));
    }
}
