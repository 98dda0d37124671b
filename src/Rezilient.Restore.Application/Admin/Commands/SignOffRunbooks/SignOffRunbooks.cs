using FluentValidation;
using Mediator;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Application.Common.Messaging;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Application.Admin.Commands.SignOffRunbooks;

/// <summary><c>POST /v1/admin/ops/runbooks-signoff</c> (spec 01 §6.3, spec 07 §8.2).</summary>
public sealed record SignOffRunbooks(JsonBody Body) : IRestoreCommand<SignOffRunbooksResponse>;

public sealed record SignOffRunbooksResponse(RunbooksView Runbooks);

public sealed class SignOffRunbooksValidator : AbstractValidator<SignOffRunbooks>
{
    public SignOffRunbooksValidator()
    {
        RuleFor(c => c.Body).Must(b => b.IsBoolean("signed_off")).WithMessage("signed_off must be a boolean");
        RuleFor(c => c.Body).Must(b => b.IsNonEmptyString("actor")).WithMessage("actor must be a non-empty string");
    }
}

public sealed class SignOffRunbooksHandler(IAdminStateStore store, TimeProvider clock)
    : ICommandHandler<SignOffRunbooks, Result<SignOffRunbooksResponse>>
{
    public async ValueTask<Result<SignOffRunbooksResponse>> Handle(SignOffRunbooks command, CancellationToken cancellationToken)
    {
        var setting = await AdminSettingChange.SaveAsync(
            store, clock, AdminSettingKeys.RunbooksSignoff, command.Body, "signed_off", cancellationToken);
        return Result<SignOffRunbooksResponse>.Ok(
            new SignOffRunbooksResponse(new RunbooksView(setting.Enabled, setting.UpdatedAt, setting.UpdatedBy)));
    }
}
