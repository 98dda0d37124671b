using FluentValidation;
using Mediator;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Application.Admin.Commands.SetStagingMode;

/// <summary><c>POST /v1/admin/ops/staging-mode</c> (spec 01 §6.3, spec 07 §8.1).</summary>
public sealed record SetStagingMode(JsonBody Body) : IRestoreCommand<SetStagingModeResponse>;

public sealed record SetStagingModeResponse(StagingModeView StagingMode);

public sealed class SetStagingModeValidator : AbstractValidator<SetStagingMode>
{
    public SetStagingModeValidator()
    {
        RuleFor(c => c.Body).Must(b => b.IsBoolean("enabled")).WithMessage("enabled must be a boolean");
        RuleFor(c => c.Body).Must(b => b.IsNonEmptyString("actor")).WithMessage("actor must be a non-empty string");
    }
}

public sealed class SetStagingModeHandler(IAdminStateStore store, TimeProvider clock)
    : ICommandHandler<SetStagingMode, Result<SetStagingModeResponse>>
{
    public async ValueTask<Result<SetStagingModeResponse>> Handle(SetStagingMode command, CancellationToken cancellationToken)
    {
        var setting = await AdminSettingChange.SaveAsync(
            store, clock, AdminSettingKeys.StagingMode, command.Body, "enabled", cancellationToken);
        return Result<SetStagingModeResponse>.Ok(
            new SetStagingModeResponse(new StagingModeView(setting.Enabled, setting.UpdatedAt, setting.UpdatedBy)));
    }
}
