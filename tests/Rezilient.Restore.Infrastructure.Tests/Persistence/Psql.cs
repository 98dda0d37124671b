using System.Diagnostics;
using Npgsql;

namespace Rezilient.Restore.Infrastructure.Tests.Persistence;

/// <summary>Runs the operator SQL scripts exactly as operators do: with psql and its variables.</summary>
internal static class Psql
{
    private const string Binary = "/usr/lib/postgresql/15/bin/psql";

    public static async Task<(int ExitCode, string Output)> RunFileAsync(
        string connectionString, string file, IReadOnlyDictionary<string, string> variables)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(File.Exists(Binary) ? Binary : "psql")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", target.Username!, "-d", target.Database!, "-f", file })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in variables)
        {
            info.ArgumentList.Add("-v");
            info.ArgumentList.Add($"{name}={value}");
        }

        if (!string.IsNullOrEmpty(target.Password))
        {
            info.Environment["PGPASSWORD"] = target.Password;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
