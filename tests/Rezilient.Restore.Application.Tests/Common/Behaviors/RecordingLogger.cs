using Microsoft.Extensions.Logging;

namespace Rezilient.Restore.Application.Tests.Common.Behaviors;

public sealed record LoggedLine(LogLevel Level, string Message, Exception? Exception);

/// <summary>Keeps every line logged through it, formatted, so a test can assert what an operator would read.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public List<LoggedLine> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(new LoggedLine(logLevel, formatter(state, exception), exception));
}
