using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Behaviors;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Audit;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Tests.Common.Behaviors;

public sealed class AuditBehaviorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);
    private static readonly RequestScope Scope = new("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com");
    private static readonly RestoreError Conflict = new(409, "plan_hash_mismatch", "blocked_plan_hash_mismatch", "stale");

    private Mock<IRequestAuditLog> _auditLog = null!;
    private Mock<IRequestContext> _context = null!;
    private FakeTimeProvider _clock = null!;
    private List<RequestAuditEntry> _rows = null!;

    [SetUp]
    public void SetUp()
    {
        _rows = [];
        _auditLog = new Mock<IRequestAuditLog>();
        _auditLog
            .Setup(a => a.WriteAsync(It.IsAny<RequestAuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback((RequestAuditEntry entry, CancellationToken _) => _rows.Add(entry))
            .Returns(Task.CompletedTask);
        _context = new Mock<IRequestContext>();
        _context.SetupGet(c => c.Scope).Returns(Scope);
        _context.SetupGet(c => c.Actor).Returns("dev-operator");
        _context.SetupGet(c => c.CorrelationId).Returns("corr-123");
        _clock = new FakeTimeProvider(Now.AddTicks(4_321));
    }

    private AuditBehavior<TMessage, TResponse> Behavior<TMessage, TResponse>(
        ILogger<AuditBehavior<TMessage, TResponse>>? logger = null)
        where TMessage : IBaseCommand =>
        new(_context.Object, _auditLog.Object, _clock, logger ?? new RecordingLogger<AuditBehavior<TMessage, TResponse>>());

    private static MessageHandlerDelegate<TestCommand, Result<string>> Returning(Result<string> result) =>
        (_, _) => ValueTask.FromResult(result);

    private static MessageHandlerDelegate<TestCommand, Result<string>> Throwing(Exception exception) =>
        (_, _) => throw exception;

    private RequestAuditEntry SingleRow()
    {
        Assert.That(_rows, Has.Count.EqualTo(1));
        return _rows[0];
    }

    [Test]
    public async Task A_successful_command_leaves_a_succeeded_row_with_status_200()
    {
        var response = await Behavior<TestCommand, Result<string>>()
            .Handle(new TestCommand("x"), Returning(Result<string>.Ok("done")), CancellationToken.None);

        var row = SingleRow();
        Assert.That(response.Value, Is.EqualTo("done"));
        Assert.That(row.Outcome, Is.EqualTo(RequestOutcome.Succeeded));
        Assert.That(row.StatusCode, Is.EqualTo(200));
        Assert.That(row.Error, Is.Null);
        Assert.That(row.ReasonCode, Is.Null);
    }

    [Test]
    public async Task A_created_result_is_audited_with_its_201()
    {
        await Behavior<TestCommand, Result<string>>()
            .Handle(new TestCommand("x"), Returning(Result<string>.Created("new")), CancellationToken.None);

        Assert.That(SingleRow().StatusCode, Is.EqualTo(201));
    }

    [Test]
    public void A_command_cancelled_by_its_caller_is_audited_as_cancelled_and_rethrown()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var behavior = Behavior<TestCommand, Result<string>>();

        Assert.That(async () => await behavior.Handle(new TestCommand("x"),
            Throwing(new OperationCanceledException(cancellation.Token)), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        var row = SingleRow();
        Assert.That(row.Outcome, Is.EqualTo(RequestOutcome.Cancelled));
        Assert.That(row.StatusCode, Is.EqualTo(499));
    }

    [Test]
    public async Task A_command_whose_response_is_not_a_result_is_audited_as_succeeded()
    {
        var response = await Behavior<PlainCommand, int>()
            .Handle(new PlainCommand(5), (m, _) => ValueTask.FromResult(m.Value), CancellationToken.None);

        var row = SingleRow();
        Assert.That(response, Is.EqualTo(5));
        Assert.That(row.Outcome, Is.EqualTo(RequestOutcome.Succeeded));
        Assert.That(row.StatusCode, Is.EqualTo(200));
        Assert.That(row.RequestType, Is.EqualTo(nameof(PlainCommand)));
    }

    [Test]
    public async Task Audit_row_is_written_when_the_command_is_rejected()
    {
        var response = await Behavior<TestCommand, Result<string>>()
            .Handle(new TestCommand("x"), Returning(Result<string>.Fail(Conflict)), CancellationToken.None);

        var row = SingleRow();
        Assert.That(response.Error, Is.SameAs(Conflict));
        Assert.That(row.Outcome, Is.EqualTo(RequestOutcome.Rejected));
        Assert.That(row.StatusCode, Is.EqualTo(409));
        Assert.That(row.Error, Is.EqualTo("plan_hash_mismatch"));
        Assert.That(row.ReasonCode, Is.EqualTo("blocked_plan_hash_mismatch"));
    }

    [Test]
    public async Task A_validation_rejection_is_audited_with_its_400_and_no_reason_code()
    {
        await Behavior<TestCommand, Result<string>>().Handle(new TestCommand("x"),
            Returning(Result<string>.Fail(RestoreError.InvalidRequest("actor must be a non-empty string"))),
            CancellationToken.None);

        var row = SingleRow();
        Assert.That(row.Outcome, Is.EqualTo(RequestOutcome.Rejected));
        Assert.That(row.StatusCode, Is.EqualTo(400));
        Assert.That(row.Error, Is.EqualTo("invalid_request"));
        Assert.That(row.ReasonCode, Is.Null);
    }

    [Test]
    public void A_fault_is_audited_as_a_500_internal_error_and_rethrown()
    {
        var fault = new InvalidOperationException("boom");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Behavior<TestCommand, Result<string>>().Handle(new TestCommand("x"), Throwing(fault), CancellationToken.None));

        var row = SingleRow();
        Assert.That(thrown, Is.SameAs(fault));
        Assert.That(row.Outcome, Is.EqualTo(RequestOutcome.Faulted));
        Assert.That(row.StatusCode, Is.EqualTo(500));
        Assert.That(row.Error, Is.EqualTo("internal_error"));
        Assert.That(row.ReasonCode, Is.Null);
    }

    [Test]
    public async Task A_failing_audit_write_does_not_change_the_response()
    {
        _auditLog
            .Setup(a => a.WriteAsync(It.IsAny<RequestAuditEntry>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("audit store down"));
        var logger = new RecordingLogger<AuditBehavior<TestCommand, Result<string>>>();
        var expected = Result<string>.Ok("done");

        var response = await Behavior(logger).Handle(new TestCommand("x"), Returning(expected), CancellationToken.None);

        Assert.That(response, Is.SameAs(expected));
        Assert.That(logger.Lines.Any(l => l.Level == LogLevel.Error && l.Exception is TimeoutException), Is.True);
    }

    [Test]
    public void A_failing_audit_write_does_not_replace_the_command_fault()
    {
        _auditLog
            .Setup(a => a.WriteAsync(It.IsAny<RequestAuditEntry>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("audit store down"));
        var fault = new InvalidOperationException("boom");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Behavior<TestCommand, Result<string>>().Handle(new TestCommand("x"), Throwing(fault), CancellationToken.None));

        Assert.That(thrown, Is.SameAs(fault));
    }

    [Test]
    public async Task Scope_actor_and_correlation_id_are_copied_from_the_request_context()
    {
        await Behavior<TestCommand, Result<string>>()
            .Handle(new TestCommand("x"), Returning(Result<string>.Ok("done")), CancellationToken.None);

        var row = SingleRow();
        Assert.That(row.TenantId, Is.EqualTo("tenant-acme"));
        Assert.That(row.InstanceId, Is.EqualTo("sn-dev-01"));
        Assert.That(row.Source, Is.EqualTo("sn://acme-dev.service-now.com"));
        Assert.That(row.Actor, Is.EqualTo("dev-operator"));
        Assert.That(row.CorrelationId, Is.EqualTo("corr-123"));
    }

    [Test]
    public async Task An_admin_command_without_a_scope_leaves_the_scope_columns_null()
    {
        _context.SetupGet(c => c.Scope).Returns((RequestScope?)null);
        _context.SetupGet(c => c.Actor).Returns("admin");

        await Behavior<TestCommand, Result<string>>()
            .Handle(new TestCommand("x"), Returning(Result<string>.Ok("done")), CancellationToken.None);

        var row = SingleRow();
        Assert.That(row.TenantId, Is.Null);
        Assert.That(row.InstanceId, Is.Null);
        Assert.That(row.Source, Is.Null);
        Assert.That(row.Actor, Is.EqualTo("admin"));
    }

    [Test]
    public async Task The_request_type_is_the_message_type_name()
    {
        await Behavior<TestCommand, Result<string>>()
            .Handle(new TestCommand("x"), Returning(Result<string>.Ok("done")), CancellationToken.None);

        Assert.That(SingleRow().RequestType, Is.EqualTo("TestCommand"));
    }

    [Test]
    public async Task The_row_is_stamped_with_the_start_time_in_utc_milliseconds()
    {
        await Behavior<TestCommand, Result<string>>().Handle(new TestCommand("x"), (_, _) =>
        {
            _clock.Advance(TimeSpan.FromSeconds(3));
            return ValueTask.FromResult(Result<string>.Ok("done"));
        }, CancellationToken.None);

        var row = SingleRow();
        Assert.That(row.OccurredAt, Is.EqualTo(Now));
        Assert.That(row.OccurredAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(row.DurationMs, Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task The_row_is_written_even_when_the_request_was_cancelled_after_the_handler()
    {
        using var requestSource = new CancellationTokenSource();
        var cancelledWhenWritten = true;
        CancellationToken writeToken = default;
        _auditLog
            .Setup(a => a.WriteAsync(It.IsAny<RequestAuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback((RequestAuditEntry _, CancellationToken token) =>
            {
                writeToken = token;
                cancelledWhenWritten = token.IsCancellationRequested;
            })
            .Returns(Task.CompletedTask);

        await Behavior<TestCommand, Result<string>>().Handle(new TestCommand("x"), async (_, _) =>
        {
            await requestSource.CancelAsync();
            return Result<string>.Ok("done");
        }, requestSource.Token);

        // Its own bounded deadline, not the caller's token: the caller going away does not stop the row.
        Assert.That(cancelledWhenWritten, Is.False);
        Assert.That(writeToken, Is.Not.EqualTo(requestSource.Token));
    }

    [Test]
    public async Task Each_command_is_logged_as_one_information_line_with_its_outcome()
    {
        var logger = new RecordingLogger<AuditBehavior<TestCommand, Result<string>>>();

        await Behavior(logger).Handle(new TestCommand("x"), Returning(Result<string>.Fail(Conflict)), CancellationToken.None);

        Assert.That(logger.Lines, Has.Count.EqualTo(1));
        Assert.That(logger.Lines[0].Level, Is.EqualTo(LogLevel.Information));
        Assert.That(logger.Lines[0].Message, Does.StartWith("command TestCommand Rejected status=409 actor=dev-operator"));
        Assert.That(logger.Lines[0].Message, Does.Contain("correlation_id=corr-123"));
    }
}
