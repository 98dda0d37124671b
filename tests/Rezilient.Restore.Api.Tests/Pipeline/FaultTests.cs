using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Api.Tests.Pipeline;

/// <summary>Spec 01 P9 / note N11: a failing dependency becomes the E13 envelope, with no internals, and is audited.</summary>
public sealed class FaultTests : ApiTestBase
{
    protected override Action<IServiceCollection> ServiceOverrides => services =>
    {
        services.RemoveAll<IAdminStateStore>();
        services.AddScoped<IAdminStateStore, FailingAdminStateStore>();
    };

    [Test]
    public async Task A_storage_fault_is_the_500_envelope_without_internals()
    {
        var response = await AdminPostAsync("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"ops"}""");

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Compact, Is.EqualTo("""{"error":"internal_error","message":"an unexpected error occurred"}"""));
        Assert.That(response.Text, Does.Not.Contain("simulated"));
    }

    [Test]
    public async Task A_faulted_command_is_audited_and_its_transaction_rolled_back()
    {
        await AdminPostAsync("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"ops"}""");

        Assert.That(await Database.ScalarAsync<string>(
            "SELECT outcome || '|' || status_code || '|' || error FROM rez_restore_index.restore_request_audit"),
            Is.EqualTo("faulted|500|internal_error"));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_admin_settings"), Is.Zero);
    }

    /// <summary>Writes the row, then fails: the transaction must roll the write back.</summary>
    private sealed class FailingAdminStateStore(Infrastructure.Persistence.RestoreDbContext db) : IAdminStateStore
    {
        public async Task SaveSettingAsync(AdminSetting setting, CancellationToken cancellationToken)
        {
            db.AdminSettings.Add(setting);
            await db.SaveChangesAsync(cancellationToken);
            throw new InvalidOperationException("simulated storage failure");
        }

        public Task SaveDrillAsync(FailureDrill drill, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("simulated storage failure");
    }
}
