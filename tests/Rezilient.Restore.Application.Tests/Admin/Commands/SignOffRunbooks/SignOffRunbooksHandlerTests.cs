using Microsoft.Extensions.Time.Testing;
using Moq;
using Rezilient.Restore.Application.Admin.Commands.SignOffRunbooks;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Application.Tests.Admin.Commands.SignOffRunbooks;

public sealed class SignOffRunbooksHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    private readonly List<AdminSetting> _saved = [];
    private Mock<IAdminStateStore> _store = null!;

    [SetUp]
    public void SetUp()
    {
        _saved.Clear();
        _store = new Mock<IAdminStateStore>(MockBehavior.Strict);
        _store
            .Setup(s => s.SaveSettingAsync(It.IsAny<AdminSetting>(), It.IsAny<CancellationToken>()))
            .Callback((AdminSetting setting, CancellationToken _) => _saved.Add(setting))
            .Returns(Task.CompletedTask);
    }

    private async Task<SignOffRunbooksResponse> Handle(string json)
    {
        var handler = new SignOffRunbooksHandler(_store.Object, new FakeTimeProvider(Now.AddTicks(1)));
        var result = await handler.Handle(
            new Application.Admin.Commands.SignOffRunbooks.SignOffRunbooks(JsonBody.Parse(json)), CancellationToken.None);
        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.SuccessStatus, Is.EqualTo(200));
        return result.Value!;
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_runbooks_setting_is_stored_with_the_submitted_value(bool signedOff)
    {
        await Handle($$"""{"signed_off":{{(signedOff ? "true" : "false")}},"actor":"ops"}""");

        Assert.That(_saved, Has.Count.EqualTo(1));
        Assert.That(_saved[0].SettingKey, Is.EqualTo(AdminSettingKeys.RunbooksSignoff));
        Assert.That(_saved[0].Enabled, Is.EqualTo(signedOff));
    }

    [Test]
    public async Task The_actor_is_trimmed_and_the_time_truncated_to_milliseconds()
    {
        var response = await Handle("""{"signed_off":true,"actor":" release-manager "}""");

        Assert.That(_saved[0].UpdatedBy, Is.EqualTo("release-manager"));
        Assert.That(_saved[0].UpdatedAt, Is.EqualTo(Now));
        Assert.That(response.Runbooks, Is.EqualTo(new RunbooksView(true, Now, "release-manager")));
    }
}
