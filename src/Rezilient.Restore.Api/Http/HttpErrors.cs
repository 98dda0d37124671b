using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Api.Http;

/// <summary>The fixed HTTP-layer envelopes of spec 01 §8.1 (E1, E2, E6, E7, E13) and decision P1.</summary>
public static class HttpErrors
{
    public static RestoreError Unauthorized(string reasonCode) => new(401, ErrorCodes.Unauthorized, reasonCode);

    public static RestoreError AdminForbidden { get; } = new(403, ErrorCodes.Forbidden, ReasonCodes.AdminAuthRequired);

    public static RestoreError PayloadTooLarge(long limit) => new(
        413, ErrorCodes.PayloadTooLarge, ReasonCodes.RequestBodyTooLarge, $"request body exceeded max of {limit} bytes");

    public static RestoreError MalformedJson { get; } = new(400, ErrorCodes.BadRequest, Message: "malformed JSON in request body");

    /// <summary>The body could not be received (broken framing, too slow, aborted upload): a client error.</summary>
    public static RestoreError UnreadableBody { get; } = new(400, ErrorCodes.BadRequest, Message: "request body could not be read");

    public static RestoreError BodyNotAnObject { get; } =
        new(400, ErrorCodes.BadRequest, Message: "request body must be a JSON object");

    public static RestoreError InternalError { get; } =
        new(500, ErrorCodes.InternalError, Message: "an unexpected error occurred");

    /// <summary>Writes an envelope from middleware (outside MVC), with the service's JSON conventions.</summary>
    public static Task WriteAsync(HttpContext context, RestoreError error)
    {
        context.Response.Clear();
        context.Response.StatusCode = error.Status;
        return context.Response.WriteAsJsonAsync(ErrorEnvelope.From(error), WireJson.Options, context.RequestAborted);
    }
}
