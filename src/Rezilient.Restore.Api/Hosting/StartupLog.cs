namespace Rezilient.Restore.Api.Hosting;

/// <summary>
/// Startup log lines with a fixed message and structured fields (spec 09 §4.5–4.6), e.g. the message
/// <c>restore-service listening</c> with its non-secret settings as separate JSON members.
/// </summary>
public static class StartupLog
{
    public static void Write(
        ILogger logger, LogLevel level, string message, IEnumerable<KeyValuePair<string, object?>> fields,
        Exception? exception = null)
    {
        var state = new LogState(message, [.. fields, new("{OriginalFormat}", message)]);
        logger.Log(level, default, state, exception, (s, _) => s.ToString());
    }

    public static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddJsonConsole(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
    }

    /// <summary>Structured state whose text is the fixed message (the JSON formatter writes both).</summary>
    private sealed class LogState(string message, List<KeyValuePair<string, object?>> fields)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => fields.Count;

        public KeyValuePair<string, object?> this[int index] => fields[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => fields.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }
}
