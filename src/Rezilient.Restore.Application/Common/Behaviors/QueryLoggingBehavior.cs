using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Common.Behaviors;

/// <summary>Outermost behavior for queries: one structured log line per query (queries leave no audit row).</summary>
public sealed partial class QueryLoggingBehavior<TMessage, TResponse>(
    IRequestContext requestContext,
    ILogger<QueryLoggingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseQuery
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var status = response is IResult result ? (result.IsSuccess ? result.SuccessStatus : result.Error!.Status) : 200;
        LogQuery(typeof(TMessage).Name, status, requestContext.Actor,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3), requestContext.CorrelationId);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message =
        "query {request_type} status={status_code} actor={actor} duration_ms={duration_ms} correlation_id={correlation_id}")]
    private partial void LogQuery(string request_type, int status_code, string actor, double duration_ms,
        string correlation_id);
}
