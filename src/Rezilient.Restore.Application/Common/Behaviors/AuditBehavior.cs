using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Audit;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Common.Behaviors;

/// <summary>
/// Outermost behavior for commands: records who did what and how it ended, as a request-audit row and a structured
/// log line. It runs around validation and the transaction, so a rejected or faulted command is audited too; the
/// row is written in its own transaction after the command's transaction has committed or rolled back.
/// </summary>
public sealed partial class AuditBehavior<TMessage, TResponse>(
    IRequestContext requestContext,
    IRequestAuditLog auditLog,
    TimeProvider clock,
    ILogger<AuditBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow().TruncateToMilliseconds();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var (outcome, status, error) = response is IResult result
                ? Classify(result)
                : (RequestOutcome.Succeeded, 200, null);
            await RecordAsync(startedAt, started, outcome, status, error);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away; the transaction rolled back. 499 is the conventional "client closed request".
            await RecordAsync(startedAt, started, RequestOutcome.Cancelled, 499, null);
            throw;
        }
        catch (Exception)
        {
            await RecordAsync(startedAt, started, RequestOutcome.Faulted, 500,
                new RestoreError(500, ErrorCodes.InternalError));
            throw;
        }
    }

    private static (RequestOutcome Outcome, int Status, RestoreError? Error) Classify(IResult result) =>
        result.IsSuccess
            ? (RequestOutcome.Succeeded, result.SuccessStatus, null)
            : (RequestOutcome.Rejected, result.Error!.Status, result.Error);

    private async Task RecordAsync(
        DateTimeOffset startedAt, long started, RequestOutcome outcome, int status, RestoreError? error)
    {
        var scope = requestContext.Scope;
        var entry = new RequestAuditEntry
        {
            OccurredAt = startedAt,
            RequestType = typeof(TMessage).Name,
            TenantId = scope?.TenantId,
            InstanceId = scope?.InstanceId,
            Source = scope?.Source,
            Actor = requestContext.Actor,
            Outcome = outcome,
            StatusCode = status,
            Error = error?.Error,
            ReasonCode = error?.ReasonCode,
            DurationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
            CorrelationId = requestContext.CorrelationId,
        };

        LogAudited(entry.RequestType, entry.Outcome, entry.StatusCode, entry.Actor, entry.TenantId, entry.InstanceId,
            entry.Error, entry.ReasonCode, entry.DurationMs, entry.CorrelationId);

        try
        {
            // Not the request's token: the audit row must be written even when the caller has gone away; bounded so an
            // unreachable database cannot hold the request open.
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await auditLog.WriteAsync(entry, deadline.Token);
        }
        catch (Exception ex)
        {
            // The command's own outcome stands (it may already be committed); the log line above still records it.
            LogAuditWriteFailed(ex, entry.RequestType, entry.CorrelationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "command {request_type} {outcome} status={status_code} actor={actor} tenant_id={tenant_id} " +
        "instance_id={instance_id} error={error} reason_code={reason_code} duration_ms={duration_ms} " +
        "correlation_id={correlation_id}")]
    private partial void LogAudited(string request_type, RequestOutcome outcome, int status_code, string actor,
        string? tenant_id, string? instance_id, string? error, string? reason_code, double duration_ms,
        string correlation_id);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "request audit row for {request_type} could not be written (correlation_id={correlation_id})")]
    private partial void LogAuditWriteFailed(Exception exception, string request_type, string correlation_id);
}
