using Microsoft.AspNetCore.Mvc;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Api.Http;

/// <summary>The one place that turns a use-case result into HTTP: the success status and body, or the error envelope.</summary>
public static class ActionResults
{
    public static IActionResult From<T>(Result<T> result) =>
        result.IsSuccess
            ? new ObjectResult(result.Value) { StatusCode = result.SuccessStatus }
            : Envelope(result.Error);

    public static IActionResult Envelope(RestoreError error) =>
        new ObjectResult(ErrorEnvelope.From(error)) { StatusCode = error.Status };
}
