using Microsoft.Extensions.Time.Testing;
using Moq;
using Rezilient.Restore.Application.Admin.Commands.RecordFailureDrill;
using Rezilient.Restore.Application.Admin.Common;
using Rezilient.Restore.Application.Common.Json;
using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Application.Tests.Admin.Commands.RecordFailureDrill;

public sealed class RecordFailureDrillHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    private readonly List<FailureDrill> _saved = [];
    private Mock<IAdminStateStore> _store = null!;

    [SetUp]
    public void SetUp()
    {
        _saved.Clear();
        _store = new Mock<IAdminStateStore>(MockBehavior.Strict);
        _store
            .Setup(s => s.SaveDrillAsync(It.IsAny<FailureDrill>(), It.IsAny<CancellationToken>()))
            .Callback((FailureDrill drill, CancellationToken _) => _saved.Add(drill))
            .Returns(Task.CompletedTask);
    }

    private async Task<FailureDrill> Record(string json)
    {
        var handler = new RecordFailureDrillHandler(_store.Object, new FakeTimeProvider(Now.AddTicks(7_777)));
        var result = await handler.Handle(
            new Application.Admin.Commands.RecordFailureDrill.RecordFailureDrill(JsonBody.Parse(json)),
            CancellationToken.None);
        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.SuccessStatus, Is.EqualTo(200));
        Assert.That(_saved, Has.Count.EqualTo(1));
        var drill = _saved[0];
        Assert.That(result.Value!.Drill, Is.EqualTo(
            new FailureDrillView(drill.DrillId, drill.Status, drill.Notes, drill.UpdatedAt, drill.UpdatedBy)));
        return drill;
    }

    [TestCase("pending", "pending")]
    [TestCase("pass", "passed")]
    [TestCase("passed", "passed")]
    [TestCase("fail", "failed")]
    [TestCase("failed", "failed")]
    [TestCase("  pass ", "passed")]
    public async Task The_status_is_stored_normalized(string submitted, string stored)
    {
        var drill = await Record($$"""{"drill_id":"auth_outage","status":"{{submitted}}","actor":"ops"}""");

        Assert.That(drill.Status, Is.EqualTo(stored));
    }

    [Test]
    public async Task Drill_id_and_actor_are_trimmed()
    {
        var drill = await Record("""{"drill_id":"  crash_resume\t","status":"passed","actor":" ops@example.com  "}""");

        Assert.That(drill.DrillId, Is.EqualTo("crash_resume"));
        Assert.That(drill.UpdatedBy, Is.EqualTo("ops@example.com"));
    }

    [Test]
    public async Task Notes_are_stored_exactly_as_sent()
    {
        var drill = await Record("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":"  ran at 09:00 \n"}""");

        Assert.That(drill.Notes, Is.EqualTo("  ran at 09:00 \n"));
    }

    [Test]
    public async Task Whitespace_only_notes_are_kept()
    {
        var drill = await Record("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":"   "}""");

        Assert.That(drill.Notes, Is.EqualTo("   "));
    }

    [Test]
    public async Task Empty_notes_are_stored_as_null()
    {
        var drill = await Record("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":""}""");

        Assert.That(drill.Notes, Is.Null);
    }

    [Test]
    public async Task Absent_notes_are_stored_as_null()
    {
        var drill = await Record("""{"drill_id":"auth_outage","status":"passed","actor":"ops"}""");

        Assert.That(drill.Notes, Is.Null);
    }

    [Test]
    public async Task The_time_is_truncated_to_milliseconds_in_utc()
    {
        var drill = await Record("""{"drill_id":"auth_outage","status":"pending","actor":"ops"}""");

        Assert.That(drill.UpdatedAt, Is.EqualTo(Now));
        Assert.That(drill.UpdatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
    }
}
