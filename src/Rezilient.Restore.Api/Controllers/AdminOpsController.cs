using Mediator;
using Microsoft.AspNetCore.Mvc;
using Rezilient.Restore.Api.Contracts;
using Rezilient.Restore.Api.Http;
using Rezilient.Restore.Application.Admin.Commands.RecordFailureDrill;
using Rezilient.Restore.Application.Admin.Commands.SetStagingMode;
using Rezilient.Restore.Application.Admin.Commands.SignOffRunbooks;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Api.Controllers;

/// <summary>Admin ops (spec 01 §6, spec 07), behind <c>x-rezilient-admin-token</c>.</summary>
[Produces("application/json")]
[Tags("Admin ops")]
public sealed class AdminOpsController(ISender sender) : ControllerBase
{
    /// <summary>Turns staging mode on or off (spec 07 §8.1). Persisted; survives restart (decision A1).</summary>
    [HttpPost("/v1/admin/ops/staging-mode")]
    [ReadsJsonBody(typeof(StagingModeRequest))]
    [ProducesResponseType<SetStagingModeResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> SetStagingMode([FromBody] JsonBody body, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new SetStagingMode(body), cancellationToken));

    /// <summary>Records the GA runbook sign-off (spec 07 §8.2).</summary>
    [HttpPost("/v1/admin/ops/runbooks-signoff")]
    [ReadsJsonBody(typeof(RunbooksSignoffRequest))]
    [ProducesResponseType<SignOffRunbooksResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> SignOffRunbooks([FromBody] JsonBody body, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new SignOffRunbooks(body), cancellationToken));

    /// <summary>Records a failure-drill result (spec 07 §8.3); recording <c>pending</c> resets the drill.</summary>
    [HttpPost("/v1/admin/ops/failure-drills")]
    [ReadsJsonBody(typeof(FailureDrillRequest))]
    [ProducesResponseType<RecordFailureDrillResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> RecordFailureDrill([FromBody] JsonBody body, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new RecordFailureDrill(body), cancellationToken));
}
