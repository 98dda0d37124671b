using System.Diagnostics.CodeAnalysis;
using Rezilient.Restore.Application.Common.Configuration;

namespace Rezilient.Restore.Api.Configuration;

/// <summary>
/// Outcome of reading the environment (spec 09 §4 step 1): either the validated settings, or the exact
/// spec message of the first invalid variable. Warnings are startup notices that do not stop startup.
/// </summary>
public sealed record SettingsParseResult
{
    private SettingsParseResult(RestoreServiceSettings? settings, string? error, IReadOnlyList<string> warnings)
    {
        Settings = settings;
        Error = error;
        Warnings = warnings;
    }

    public RestoreServiceSettings? Settings { get; }

    public string? Error { get; }

    public IReadOnlyList<string> Warnings { get; }

    [MemberNotNullWhen(true, nameof(Settings))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Settings is not null;

    public static SettingsParseResult Success(RestoreServiceSettings settings, IReadOnlyList<string> warnings) =>
        new(settings, null, warnings);

    public static SettingsParseResult Failure(string error) => new(null, error, []);
}
