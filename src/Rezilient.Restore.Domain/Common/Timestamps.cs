namespace Rezilient.Restore.Domain.Common;

/// <summary>Timestamp rules of spec 08 B6.1: UTC, truncated to milliseconds before they are stored or hashed.</summary>
public static class Timestamps
{
    public static DateTimeOffset TruncateToMilliseconds(this DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The wire form <c>YYYY-MM-DDTHH:MM:SS.mmmZ</c>.</summary>
    public static string ToWireString(this DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
