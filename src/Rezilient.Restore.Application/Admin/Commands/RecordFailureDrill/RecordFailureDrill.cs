using FluentValidation;
using Mediator;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Admin;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Admin.Commands.RecordFailureDrill;

/// <summary><c>POST /v1/admin/ops/failure-drills</c> (spec 01 §6.3, spec 07 §8.3). Recording <c>pending</c> resets a drill.</summary>
public sealed record RecordFailureDrill(JsonBody Body) : IRestoreCommand<RecordFailureDrillResponse>;

public sealed record RecordFailureDrillResponse(FailureDrillView Drill);

public sealed class RecordFailureDrillValidator : AbstractValidator<RecordFailureDrill>
{
    public RecordFailureDrillValidator()
    {
        // spec 01 §6.3: checks in this order, the first failure answers.
        RuleFor(c => c.Body).Must(b => b.IsNonEmptyString("drill_id")).WithMessage("drill_id must be a non-empty string");
        RuleFor(c => c.Body).Must(b => b.IsNonEmptyString("status")).WithMessage("status must be a non-empty string");
        RuleFor(c => c.Body).Must(b => b.IsNonEmptyString("actor")).WithMessage("actor must be a non-empty string");
        RuleFor(c => c.Body).Must(b => !b.Has("notes") || b.IsString("notes"))
            .WithMessage("notes must be a string when provided");
        RuleFor(c => c.Body).Must(b => FailureDrills.IsRequired(b.GetTrimmedString("drill_id")))
            .WithMessage("unknown drill_id");
        RuleFor(c => c.Body).Must(b => FailureDrills.NormalizeStatus(b.GetTrimmedString("status")) is not null)
            .WithMessage("status must be pending, pass/passed, or fail/failed");
    }
}

public sealed class RecordFailureDrillHandler(IAdminStateStore store, TimeProvider clock)
    : ICommandHandler<RecordFailureDrill, Result<RecordFailureDrillResponse>>
{
    public async ValueTask<Result<RecordFailureDrillResponse>> Handle(
        RecordFailureDrill command, CancellationToken cancellationToken)
    {
        var body = command.Body;
        var notes = body.StringOrNull("notes");
        var drill = new FailureDrill
        {
            DrillId = body.GetTrimmedString("drill_id"),
            Status = FailureDrills.NormalizeStatus(body.GetTrimmedString("status"))!,
            Notes = string.IsNullOrEmpty(notes) ? null : notes,
            UpdatedAt = clock.GetUtcNow().TruncateToMilliseconds(),
            UpdatedBy = body.GetTrimmedString("actor"),
        };
        await store.SaveDrillAsync(drill, cancellationToken);
        return Result<RecordFailureDrillResponse>.Ok(new RecordFailureDrillResponse(
            new FailureDrillView(drill.DrillId, drill.Status, drill.Notes, drill.UpdatedAt, drill.UpdatedBy)));
    }
}
