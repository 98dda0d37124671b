using Mediator;
using Microsoft.AspNetCore.Mvc;
using Rezilient.Restore.Api.Contracts.Plans;
using Rezilient.Restore.Api.Http;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Plans.Commands.CreateDryRunPlan;
using Rezilient.Restore.Application.Plans.Queries.GetPlan;

namespace Rezilient.Restore.Api.Controllers;

/// <summary>Dry-run planning (spec 03).</summary>
[Produces("application/json")]
[Tags("Plans")]
public sealed class PlansController(ISender sender) : ControllerBase
{
    /// <summary>
    /// Plans a restore as a dry run: 201 with a new plan, 200 with the stored plan for an identical replay, 409 when
    /// the plan id exists in this scope with a different hash.
    /// </summary>
    [HttpPost("/v1/plans/dry-run")]
    [ReadsJsonBody(typeof(DryRunPlanRequest))]
    [ProducesResponseType<DryRunPlanResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<DryRunPlanResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> CreateDryRun([FromBody] JsonBody body, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new CreateDryRunPlan(body), cancellationToken));

    /// <summary>The stored plan of the token's scope; another scope's plan answers like a missing one (404).</summary>
    /// <param name="planId">Percent-decoded path segment.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet("/v1/plans/{plan_id}")]
    [ProducesResponseType<DryRunPlanResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get([FromRoute(Name = "plan_id")] string planId, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new GetPlan(planId), cancellationToken));
}
