using System.Text.Json.Nodes;
using FluentValidation;
using Mediator;
using Rezilient.Restore.Application.Common.Abstractions;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Application.Plans.Common;
using Rezilient.Restore.Application.Plans.Parsing;
using Rezilient.Restore.Application.SourceMappings;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Plans.Commands.CreateDryRunPlan;

/// <summary>
/// <c>POST /v1/plans/dry-run</c> (spec 03 §2): validate, check scope, read authoritative freshness, hash, and store
/// the plan once per identity — 201 for a new plan, 200 with the stored record for an identical replay, 409 when the
/// plan id exists in this scope with another hash.
/// </summary>
public sealed record CreateDryRunPlan(JsonBody Body) : IRestoreCommand<JsonObject>
{
    private DryRunParseResult? parsed;

    /// <summary>The body parsed once (up to the body cap in size), shared by the validator and the handler.</summary>
    public DryRunParseResult Parsed => parsed ??= DryRunRequestParser.Parse(Body.Root);
}

public sealed class CreateDryRunPlanValidator : AbstractValidator<CreateDryRunPlan>
{
    public CreateDryRunPlanValidator() =>
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
        });
}

public sealed class CreateDryRunPlanHandler(
    IRequestContext requestContext,
    CreationScopeGuard scopeGuard,
    IRestoreIndexReader restoreIndex,
    IDryRunPlanStore plans,
    RestoreServiceSettings settings,
    TimeProvider clock) : ICommandHandler<CreateDryRunPlan, Result<JsonObject>>
{
    public static RestoreError PlanHashMismatch { get; } = new(409, "plan_hash_mismatch",
        ReasonCodes.BlockedPlanHashMismatch, "plan_id already exists with a different plan_hash");

    public async ValueTask<Result<JsonObject>> Handle(CreateDryRunPlan command, CancellationToken cancellationToken)
    {
        var request = command.Parsed.Request!;
        var token = requestContext.Scope!;
        if (await scopeGuard.CheckAsync(token, request.TenantId, request.InstanceId, request.Source,
                TokenMatchStyle.AllAtOnce, cancellationToken) is { } denied)
        {
            return denied;
        }

        var scope = new RequestScope(request.TenantId, request.InstanceId, request.Source);
        var measuredAt = clock.GetUtcNow().TruncateToMilliseconds();
        var partitions = PartitionSelection.Select(
            request.Rows.Select(r => (r.Topic, r.Partition)), request.Watermarks);
        var index = await restoreIndex.ReadAsync(scope, partitions, cancellationToken);
        if (index.FailureMessage is { } failure)
        {
            return new RestoreError(503, "restore_index_unavailable", ReasonCodes.BlockedFreshnessUnknown, failure);
        }

        var watermarks = partitions
            .Select(p => FreshnessPolicy.Evaluate(request.TenantId, request.InstanceId, request.Source, p,
                index.Rows!.GetValueOrDefault(p), measuredAt, settings.RestoreIndexStaleAfterSeconds))
            .ToList();
        var counts = ActionCounter.Count(
            request.Rows.Select(r => r.Action), request.Conflicts.Count, request.MediaCandidates.Select(m => m.Decision));
        var hashInput = PlanHashInput(request, counts);
        var (canonical, planHash) = PlanHash.Compute(hashInput);

        var generatedAt = clock.GetUtcNow().TruncateToMilliseconds();
        var gate = ExecutabilityGate.Evaluate(
            request.DeleteCandidates.Select(d => d.Decision),
            request.Conflicts.Select(c => (c.Class, c.Resolution)),
            request.MediaCandidates.Select(m => m.Decision),
            watermarks);
        var record = Record(request, planHash, generatedAt, counts, hashInput, gate, watermarks);
        var plan = new StoredDryRunPlan
        {
            TenantId = request.TenantId,
            InstanceId = request.InstanceId,
            Source = request.Source,
            PlanId = request.PlanId,
            PlanHash = planHash,
            GeneratedAt = generatedAt,
            GateExecutability = gate.Executability,
            GateReasonCode = gate.ReasonCode,
            RecordJson = DryRunRecord.Serialize(record),
            PlanHashInputCanonical = canonical,
            CreatedAt = generatedAt,
        };

        // spec 03 §13: the stored record is never modified; a replay gets exactly what was stored.
        var existing = await plans.InsertOrGetExistingAsync(plan, cancellationToken);
        if (existing is null)
        {
            return Result<JsonObject>.Created(DryRunRecord.ResponseFrom(plan.RecordJson));
        }

        return existing.PlanHash == planHash
            ? Result<JsonObject>.Ok(DryRunRecord.ResponseFrom(existing.RecordJson))
            : PlanHashMismatch;
    }

    /// <summary>spec 03 §9: only these members are hashed; rows and media candidates stably sorted by id.</summary>
    private static JsonObject PlanHashInput(DryRunRequest request, ActionCounts counts) => new()
    {
        ["contract_version"] = PlanContract.ContractVersion,
        ["plan_hash_input_version"] = PlanContract.PlanHashInputVersion,
        ["plan_hash_algorithm"] = PlanContract.PlanHashAlgorithm,
        ["pit"] = request.Pit.DeepClone(),
        ["scope"] = request.Scope.DeepClone(),
        ["execution_options"] = request.ExecutionOptions.DeepClone(),
        ["action_counts"] = DryRunRecord.ToJson(counts),
        ["rows"] = DryRunRecord.Array(
            RestoreCollation.StableSort(request.Rows, r => r.RowId).Select(r => r.Json.DeepClone())),
        ["media_candidates"] = DryRunRecord.Array(
            RestoreCollation.StableSort(request.MediaCandidates, m => m.CandidateId).Select(m => m.Json.DeepClone())),
        ["metadata_allowlist_version"] = PlanContract.MetadataAllowlistVersion,
    };

    private static JsonObject Record(
        DryRunRequest request, string planHash, DateTimeOffset generatedAt, ActionCounts counts, JsonObject hashInput,
        DryRunGate gate, IReadOnlyList<AuthoritativeWatermark> watermarks) => new()
    {
        ["tenant_id"] = request.TenantId,
        ["instance_id"] = request.InstanceId,
        ["source"] = request.Source,
        ["plan"] = new JsonObject
        {
            ["contract_version"] = PlanContract.ContractVersion,
            ["plan_id"] = request.PlanId,
            ["plan_hash"] = planHash,
            ["plan_hash_algorithm"] = PlanContract.PlanHashAlgorithm,
            ["plan_hash_input_version"] = PlanContract.PlanHashInputVersion,
            ["generated_at"] = DryRunRecord.Wire(generatedAt),
            ["pit"] = request.Pit.DeepClone(),
            ["scope"] = request.Scope.DeepClone(),
            ["execution_options"] = request.ExecutionOptions.DeepClone(),
            ["action_counts"] = DryRunRecord.ToJson(counts),
            ["conflicts"] = DryRunRecord.Array(request.Conflicts.Select(c => c.Json.DeepClone())),
            ["approval"] = request.Approval?.DeepClone() ?? DryRunRecord.DefaultApproval(),
            ["metadata_allowlist_version"] = PlanContract.MetadataAllowlistVersion,
        },
        ["plan_hash_input"] = hashInput.DeepClone(),
        ["gate"] = DryRunRecord.ToJson(gate),
        ["delete_candidates"] = DryRunRecord.Array(request.DeleteCandidates.Select(d => d.Json.DeepClone())),
        ["media_candidates"] = DryRunRecord.Array(request.MediaCandidates.Select(m => m.Json.DeepClone())),
        ["pit_resolutions"] = DryRunRecord.Array(
            request.PitCandidates.Select(PitResolver.Resolve).Select(DryRunRecord.ToJson)),
        ["watermarks"] = DryRunRecord.Array(watermarks.Select(DryRunRecord.ToJson)),
    };
}
