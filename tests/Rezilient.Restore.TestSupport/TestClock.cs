namespace Rezilient.Restore.TestSupport;

/// <summary>A pinned, settable wall clock for tests (spec 08 B6.2: tests pin the app clock).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public void Advance(TimeSpan by) => UtcNow += by;
}
