using Mediator;
using Microsoft.AspNetCore.Mvc;
using Rezilient.Restore.Api.Contracts.Jobs;
using Rezilient.Restore.Api.Http;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Jobs.Commands.CompleteJob;
using Rezilient.Restore.Application.Jobs.Commands.CreateJob;
using Rezilient.Restore.Application.Jobs.Queries.GetJob;
using Rezilient.Restore.Application.Jobs.Queries.GetJobEvents;

namespace Rezilient.Restore.Api.Controllers;

/// <summary>Restore jobs and the scope lock queue (spec 04).</summary>
[Produces("application/json")]
[Tags("Jobs")]
public sealed class JobsController(ISender sender) : ControllerBase
{
    /// <summary>
    /// Creates a job for the scope's executable dry-run plan: 201 running, or queued behind jobs holding or waiting
    /// for its tables. A retry with the same <c>Idempotency-Key</c> and body returns the same job.
    /// </summary>
    /// <param name="body">The request (see schema).</param>
    /// <param name="idempotencyKey">Optional; scoped to the token's tenant/instance/source, kept at least 24 h.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpPost("/v1/jobs")]
    [ReadsJsonBody(typeof(CreateJobRequestDocument))]
    [ProducesResponseType<JobResponseDocument>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> Create(
        [FromBody] JsonBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new CreateJob(body, idempotencyKey), cancellationToken));

    /// <summary>The job of the token's scope; another scope's job answers like a missing one (404).</summary>
    /// <param name="jobId">Percent-decoded path segment.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet("/v1/jobs/{job_id}")]
    [ProducesResponseType<JobResponseDocument>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get([FromRoute(Name = "job_id")] string jobId, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new GetJob(jobId), cancellationToken));

    /// <summary>Legacy job events, oldest first.</summary>
    /// <param name="jobId">Percent-decoded path segment.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet("/v1/jobs/{job_id}/events")]
    [ProducesResponseType<JobEventsResponseDocument>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Events([FromRoute(Name = "job_id")] string jobId, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new GetJobEvents(jobId, CrossService: false), cancellationToken));

    /// <summary>Normalized cross-service audit events of the job, in replay order.</summary>
    /// <param name="jobId">Percent-decoded path segment.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet("/v1/jobs/{job_id}/events/cross-service")]
    [ProducesResponseType<CrossServiceEventsResponseDocument>(StatusCodes.Status200OK)]
    public async Task<IActionResult> CrossServiceEvents(
        [FromRoute(Name = "job_id")] string jobId, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new GetJobEvents(jobId, CrossService: true), cancellationToken));

    /// <summary>Ends the job and promotes the queue; 409 when it has already ended.</summary>
    /// <param name="jobId">Percent-decoded path segment.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpPost("/v1/jobs/{job_id}/complete")]
    [ReadsJsonBodyLater(typeof(CompleteJobRequestDocument))]
    [ProducesResponseType<CompleteJobResponseDocument>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Complete([FromRoute(Name = "job_id")] string jobId, CancellationToken cancellationToken) =>
        ActionResults.From(await sender.Send(new CompleteJob(jobId), cancellationToken));
}
