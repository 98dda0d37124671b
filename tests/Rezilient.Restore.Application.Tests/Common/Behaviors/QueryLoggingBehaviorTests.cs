using Microsoft.Extensions.Logging;
using Moq;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Behaviors;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Tests.Common.Behaviors;

public sealed class QueryLoggingBehaviorTests
{
    private RecordingLogger<QueryLoggingBehavior<TestQuery, Result<string>>> _logger = null!;

    // NUnit reuses one fixture instance for all its tests: a fresh logger per test.
    [SetUp]
    public void CreateLogger() => _logger = new();

    private QueryLoggingBehavior<TestQuery, Result<string>> Behavior()
    {
        var context = new Mock<IRequestContext>();
        context.SetupGet(c => c.Actor).Returns("dev-operator");
        context.SetupGet(c => c.CorrelationId).Returns("corr-9");
        return new QueryLoggingBehavior<TestQuery, Result<string>>(context.Object, _logger);
    }

    [Test]
    public async Task The_query_response_is_returned_unchanged()
    {
        var expected = Result<string>.Ok("view");

        var response = await Behavior().Handle(new TestQuery("q"), (_, _) => ValueTask.FromResult(expected), CancellationToken.None);

        Assert.That(response, Is.SameAs(expected));
    }

    [Test]
    public async Task A_query_is_logged_at_debug_with_the_failure_status()
    {
        await Behavior().Handle(new TestQuery("q"),
            (_, _) => ValueTask.FromResult(Result<string>.Fail(RestoreError.NotFoundInScope)), CancellationToken.None);

        Assert.That(_logger.Lines, Has.Count.EqualTo(1));
        Assert.That(_logger.Lines[0].Level, Is.EqualTo(LogLevel.Debug));
        Assert.That(_logger.Lines[0].Message, Does.StartWith("query TestQuery status=404 actor=dev-operator"));
        Assert.That(_logger.Lines[0].Message, Does.EndWith("correlation_id=corr-9"));
    }
}
