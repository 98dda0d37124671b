using Microsoft.EntityFrameworkCore;
using Rezilient.Restore.Domain.Admin;
using Rezilient.Restore.Infrastructure.Persistence;
using Rezilient.Restore.Infrastructure.Persistence.Stores;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.Persistence;

/// <summary>
/// The unit of work on the real database: one transaction per command, begun at the first write, committed only on
/// success — for store writes (raw SQL) and tracked writes (SaveChanges) alike.
/// </summary>
public sealed class UnitOfWorkTests
{
    private static TestDatabase Database => InfrastructureTestDatabase.Database;

    [SetUp]
    public Task Reset() => Database.ResetAsync();

    private static AdminSetting Setting(string by) => new()
    {
        SettingKey = AdminSettingKeys.StagingMode,
        Enabled = true,
        UpdatedAt = new DateTimeOffset(2026, 2, 16, 12, 0, 0, TimeSpan.Zero),
        UpdatedBy = by,
    };

    private static Task<long> RowsAsync() =>
        Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_admin_settings");

    [TestCase(true, 1)]
    [TestCase(false, 0)]
    public async Task A_store_write_commits_only_when_the_result_says_so(bool succeed, long expectedRows)
    {
        await using var db = Database.CreateContext();
        var unit = new EfUnitOfWork(db);
        var store = new AdminStateStore(db, unit);

        await unit.ExecuteInTransactionAsync(async token =>
        {
            await store.SaveSettingAsync(Setting("store"), token);
            return succeed;
        }, ok => ok, CancellationToken.None);

        Assert.That(await RowsAsync(), Is.EqualTo(expectedRows));
    }

    [Test]
    public async Task A_tracked_write_saved_mid_unit_is_rolled_back_with_a_failed_result()
    {
        await using var db = Database.CreateContext();
        var unit = new EfUnitOfWork(db);

        await unit.ExecuteInTransactionAsync(async token =>
        {
            db.AdminSettings.Add(Setting("tracked"));
            await db.SaveChangesAsync(token); // enlisted by the interceptor, not autocommitted
            return false;
        }, ok => ok, CancellationToken.None);

        Assert.That(await RowsAsync(), Is.Zero);
    }

    [Test]
    public async Task Reads_before_the_first_write_hold_no_transaction()
    {
        await using var db = Database.CreateContext();
        var unit = new EfUnitOfWork(db);
        bool? transactionDuringRead = null;
        bool? transactionAfterWrite = null;

        await unit.ExecuteInTransactionAsync(async token =>
        {
            await db.AdminSettings.AsNoTracking().CountAsync(token);
            transactionDuringRead = db.Database.CurrentTransaction is not null;
            await new AdminStateStore(db, unit).SaveSettingAsync(Setting("late"), token);
            transactionAfterWrite = db.Database.CurrentTransaction is not null;
            return true;
        }, ok => ok, CancellationToken.None);

        Assert.That((transactionDuringRead, transactionAfterWrite), Is.EqualTo(((bool?)false, (bool?)true)));
        Assert.That(await RowsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_exception_rolls_the_unit_back()
    {
        await using var db = Database.CreateContext();
        var unit = new EfUnitOfWork(db);

        Assert.That(async () => await unit.ExecuteInTransactionAsync<bool>(async token =>
        {
            await new AdminStateStore(db, unit).SaveSettingAsync(Setting("boom"), token);
            throw new InvalidOperationException("boom");
        }, ok => ok, CancellationToken.None), Throws.InvalidOperationException);

        Assert.That(await RowsAsync(), Is.Zero);
    }
}
