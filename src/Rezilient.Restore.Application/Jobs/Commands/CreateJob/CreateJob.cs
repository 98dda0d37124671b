using System.Text.Json.Nodes;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Common.Scoping;
using Rezilient.Restore.Application.Jobs.Common;
using Rezilient.Restore.Application.Jobs.Parsing;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Jobs;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Jobs.Commands.CreateJob;

/// <summary>
/// <c>POST /v1/jobs</c> (spec 04 §2.1–§2.2 with decisions J1, J2, J5, J8–J10): validate, check scope, require the
/// scope's executable dry-run plan with the same hash whose tables the lock scope covers, then — under the scope's
/// row lock — admit the job as running or queued (strict FIFO per table) with its lock rows and events.
/// </summary>
public sealed record CreateJob(JsonBody Body, string? IdempotencyKey) : IRestoreCommand<JsonObject>
{
    private CreateJobParseResult? parsed;

    /// <summary>The body parsed once, shared by the validator and the handler.</summary>
    public CreateJobParseResult Parsed => parsed ??= CreateJobRequestParser.Parse(Body.Root);
}

public sealed class CreateJobValidator : AbstractValidator<CreateJob>
{
    public CreateJobValidator()
    {
        RuleFor(c => c).Custom((command, context) =>
        {
            var parsed = command.Parsed;
            if (!parsed.IsValid)
            {
                context.AddFailure(parsed.Issue);
            }
            else if (parsed.Request.PlanId.Length > PlanContract.MaxPlanIdLength)
            {
                context.AddFailure(PlanContract.PlanIdTooLong);
            }
            else if (LockTables.Normalize(parsed.Request.LockScopeTables).Count == 0)
            {
                // Decision J2 (spec 04 D-A2): never a 500.
                context.AddFailure("lock_scope_tables must include at least one non-blank table");
            }
            else if (UnstorableApprovalTimestamp(parsed.Request.Approval) is { } member)
            {
                // The pattern-only check of spec 04 §1.3 admits impossible dates; TIMESTAMPTZ columns (A7) cannot hold them.
                context.AddFailure($"approval: {member} must be a real calendar instant");
            }
        });
        RuleFor(c => c.IdempotencyKey)
            .Must(key => key is null || (key.Length is > 0 and <= 255 && key.All(ch => ch is > ' ' and <= '~')))
            .WithMessage("Idempotency-Key must be 1 to 255 visible ASCII characters");
    }

    private static string? UnstorableApprovalTimestamp(JobApproval? approval) =>
        approval is null
            ? null
            : new (string Name, string? Value)[]
                {
                    ("approval_requested_at", approval.ApprovalRequestedAt),
                    ("approval_decided_at", approval.ApprovalDecidedAt),
                    ("approval_valid_until", approval.ApprovalValidUntil),
                    ("approval_revalidated_at", approval.ApprovalRevalidatedAt),
                }
                .FirstOrDefault(t => t.Value is not null && !IsoTimestamp.IsValid(t.Value)).Name;
}

public sealed class CreateJobHandler(
    IRequestContext requestContext,
    CreationScopeGuard scopeGuard,
    IDryRunPlanLookup plans,
    IJobQueueStore queue,
    IRestoreDbContext db,
    TimeProvider clock) : ICommandHandler<CreateJob, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CreateJob command, CancellationToken cancellationToken)
    {
        var request = command.Parsed.Request!;
        var tables = LockTables.Normalize(request.LockScopeTables);
        var token = requestContext.Scope!;
        if (await scopeGuard.CheckAsync(token, request.TenantId, request.InstanceId, request.Source,
                TokenMatchStyle.FieldByField, cancellationToken) is { } denied)
        {
            return denied;
        }

        // spec 04 §0.1: one clock reading per operation. The scope lock comes first so that the idempotency check and
        // every decision below see a stable scope; a rejection rolls the unit back, so nothing is left behind (J1).
        var scope = new RequestScope(request.TenantId, request.InstanceId, request.Source);
        var now = clock.GetUtcNow().TruncateToMilliseconds();
        await queue.EnsureAndLockScopeAsync(scope.TenantId, scope.InstanceId, scope.Source, now, cancellationToken);

        var requestHash = RequestHash(request);
        if (command.IdempotencyKey is { } key)
        {
            var earlier = await db.JobIdempotencyKeys.AsNoTracking().WithinScope(token)
                .SingleOrDefaultAsync(k => k.IdempotencyKey == key, cancellationToken);
            if (earlier is not null)
            {
                if (earlier.RequestHash != requestHash)
                {
                    return JobErrors.IdempotencyKeyReused;
                }

                if (earlier.ResponseJson.Length > 0)
                {
                    return Result<JsonObject>.Created(JsonNode.Parse(earlier.ResponseJson)!.AsObject());
                }

                // A key stored before responses were kept replays the job's current record instead.
                var current = (await JobRecords.ReadAsync(db, db.Jobs, earlier.JobId, cancellationToken))!;
                return Result<JsonObject>.Created(new JsonObject { ["job"] = JobJson.Record(current.Job, current.QueuePosition) });
            }
        }

        if (await CheckPlanAsync(scope, request, tables, cancellationToken) is { } planRejected)
        {
            return planRejected;
        }

        await queue.EnsurePlanMetadataAsync(PlanMetadataOf(request, tables, now), cancellationToken);
        var held = await queue.HeldTablesAsync(scope.TenantId, scope.InstanceId, cancellationToken);
        var queued = await queue.LockQueuedJobsAsync(scope.TenantId, scope.InstanceId, cancellationToken);
        var admission = LockQueuePolicy.Admit(
            tables, held, queued.SelectMany(j => j.LockScopeTables).ToHashSet(StringComparer.Ordinal));

        var job = NewJob(request, tables, now);
        var order = await queue.NextOrderAsync(cancellationToken);
        if (admission.Runs)
        {
            job.Status = JobStatus.Running;
            job.StatusReasonCode = ReasonCodes.None;
            job.StartedAt = now;
            job.RunSeq = order;
        }
        else
        {
            job.Status = JobStatus.Queued;
            job.StatusReasonCode = ReasonCodes.QueuedScopeLock;
            job.WaitReasonCode = ReasonCodes.QueuedScopeLock;
            job.WaitTables = [.. admission.WaitTables];
            job.QueueSeq = order;
            job.QueuePosition = queued.Count + 1; // decision J3: place among the scope's queued jobs
        }

        db.Jobs.Add(job);
        db.JobLocks.AddRange(tables.Select(table => new JobLock
        {
            JobId = job.JobId,
            TenantId = job.TenantId,
            InstanceId = job.InstanceId,
            TableName = table,
            LockState = admission.Runs ? JobLock.Running : JobLock.Queued,
            ReasonCode = admission.Runs ? ReasonCodes.None : ReasonCodes.QueuedScopeLock,
            AcquiredAt = now,
        }));
        JobEvents.Append(db, job, JobEventType.JobCreated, ReasonCodes.None, LegacyEventDetails.Created(job.PlanId), now);
        if (admission.Runs)
        {
            JobEvents.Append(db, job, JobEventType.JobStarted, ReasonCodes.None, LegacyEventDetails.StartedAtCreation(tables), now);
        }
        else
        {
            JobEvents.Append(db, job, JobEventType.JobQueued, ReasonCodes.QueuedScopeLock,
                LegacyEventDetails.Queued(admission.WaitTables, job.QueuePosition!.Value), now);
        }

        var response = new JsonObject { ["job"] = JobJson.Record(job, job.QueuePosition) };
        if (command.IdempotencyKey is { } newKey)
        {
            db.JobIdempotencyKeys.Add(new JobIdempotencyKey
            {
                TenantId = token.TenantId,
                InstanceId = token.InstanceId,
                Source = token.Source,
                IdempotencyKey = newKey,
                RequestHash = requestHash,
                JobId = job.JobId,
                ResponseJson = response.ToJsonString(),
                CreatedAt = now,
            });
        }

        return Result<JsonObject>.Created(response);
    }

    /// <summary>Decisions J1 and J10, checked before any state changes.</summary>
    private async Task<RestoreError?> CheckPlanAsync(
        RequestScope scope, CreateJobRequest request, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var lookup = await plans.FindAsync(scope, request.PlanId, cancellationToken);
        if (lookup.Unavailable)
        {
            return JobErrors.PlanStoreUnavailable;
        }

        if (lookup.Plan is not { } plan)
        {
            return JobErrors.PlanMissing;
        }

        if (!string.Equals(plan.PlanHash, request.PlanHash, StringComparison.Ordinal))
        {
            return JobErrors.PlanHashMismatch;
        }

        if (plan.GateExecutability != Executability.Executable)
        {
            return JobErrors.PlanNotExecutable(plan.GateReasonCode);
        }

        var uncovered = PlanTables(plan).Where(t => !tables.Contains(t, StringComparer.Ordinal)).ToList();
        return uncovered.Count == 0 ? null : JobErrors.LockScopeMismatch(uncovered);
    }

    /// <summary>The tables the plan's rows touch, normalized like lock tables (decision J10: "after J2").</summary>
    private static IEnumerable<string> PlanTables(StoredDryRunPlan plan) =>
        LockTables.Normalize(JsonNode.Parse(plan.PlanHashInputCanonical)!["rows"]!.AsArray()
            .Select(row => row!["table"]!.GetValue<string>()));

    /// <summary>Identifies the validated request (J5 "the same body"): its members as parsed, canonical, hashed.</summary>
    private static string RequestHash(CreateJobRequest request) => CanonicalJson.Sha256Hex(CanonicalJson.Serialize(new JsonObject
    {
        ["tenant_id"] = request.TenantId,
        ["instance_id"] = request.InstanceId,
        ["source"] = request.Source,
        ["plan_id"] = request.PlanId,
        ["plan_hash"] = request.PlanHash,
        ["lock_scope_tables"] = new JsonArray([.. request.LockScopeTables.Select(t => (JsonNode)t)]),
        ["required_capabilities"] = new JsonArray([.. request.RequiredCapabilities.Select(c => (JsonNode)c)]),
        ["requested_by"] = request.RequestedBy,
        ["approval"] = request.Approval?.ToJson(),
    }));

    private static RestoreJob NewJob(CreateJobRequest request, IReadOnlyList<string> tables, DateTimeOffset now) => new()
    {
        JobId = JobIds.New(),
        TenantId = request.TenantId,
        InstanceId = request.InstanceId,
        Source = request.Source,
        PlanId = request.PlanId,
        PlanHash = request.PlanHash,
        Status = JobStatus.Queued,
        StatusReasonCode = ReasonCodes.None,
        LockScopeTables = [.. tables],
        RequiredCapabilities = [.. request.RequiredCapabilities],
        RequestedBy = request.RequestedBy,
        RequestedAt = now,
        Approval = JobApprovals.ToRecord(request.Approval),
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static PlanMetadata PlanMetadataOf(CreateJobRequest request, IReadOnlyList<string> tables, DateTimeOffset now) => new()
    {
        PlanId = request.PlanId,
        TenantId = request.TenantId,
        InstanceId = request.InstanceId,
        Source = request.Source,
        PlanHash = request.PlanHash,
        LockScopeTables = [.. tables],
        Approval = JobApprovals.ToRecord(request.Approval),
        RequestedBy = request.RequestedBy,
        RequestedAt = now,
        UpdatedAt = now,
    };
}
