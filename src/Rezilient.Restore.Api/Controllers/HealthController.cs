using Mediator;
using Microsoft.AspNetCore.Mvc;
using Rezilient.Restore.Api.Http;
using Rezilient.Restore.Application.Health.Queries.CheckReadiness;

namespace Rezilient.Restore.Api.Controllers;

/// <summary>Liveness (spec 01 route 1) and readiness; both open, no token.</summary>
[Produces("application/json")]
[Tags("Health")]
public sealed class HealthController(ISender sender) : ControllerBase
{
    /// <summary>Liveness: always <c>{"ok":true}</c>, no authentication, no dependency checks (spec 01 P1).</summary>
    [HttpGet(RequestGateMiddleware.HealthPath)]
    [ProducesResponseType<ReadinessView>(StatusCodes.Status200OK)]
    public IActionResult Live() => Ok(new ReadinessView(true));

    /// <summary>Readiness: <c>{"ok":true}</c> when the database answers, otherwise 503 <c>dependency_unavailable</c>.</summary>
    [HttpGet(RequestGateMiddleware.ReadinessPath)]
    [ProducesResponseType<ReadinessView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> Ready(CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new CheckReadiness(), cancellationToken));
}
