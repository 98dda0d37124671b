namespace Rezilient.Restore.Api.Http;

/// <summary>
/// Any unhandled failure becomes the E13 envelope with no internals (spec 01 §2 P9), and is logged server-side
/// without token material (note N5).
/// </summary>
public sealed partial class ExceptionEnvelopeMiddleware(RequestDelegate next, ILogger<ExceptionEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested
                                   && ex is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client went away; there is nobody to answer, and it is not a fault of the service.
        }
        catch (Exception ex)
        {
            LogUnhandled(ex, context.Request.Method, RequestPath.Get(context), context.TraceIdentifier);
            if (!context.Response.HasStarted)
            {
                await HttpErrors.WriteAsync(context, HttpErrors.InternalError);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message =
        "unhandled failure for {method} {path} (correlation_id={correlation_id})")]
    private partial void LogUnhandled(Exception exception, string method, string path, string correlation_id);
}
