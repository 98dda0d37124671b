using System.Diagnostics;
using System.Text;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Api.Tests.Startup;

/// <summary>Runs the built service binary as a real process with an exact environment (nothing inherited from RRS_*/REZ_*).</summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly object gate = new();

    private ServiceProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    public static ServiceProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(SharedPaths.RepositoryRoot, "src", "Rezilient.Restore.Api", "bin", configuration, "net10.0",
            "Rezilient.Restore.Api.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("RRS_", StringComparison.Ordinal)
                     || k.StartsWith("REZ_", StringComparison.Ordinal) || k is "PORT" or "ASPNETCORE_URLS").ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return new ServiceProcess(Process.Start(info)!);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        process.WaitForExit(); // flushes the asynchronous output readers
        return process.ExitCode;
    }

    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
            {
                return line;
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no line containing '{text}'; output so far:\n{Output}");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
        }
    }
}
