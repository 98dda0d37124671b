using BenchmarkDotNet.Running;
using Rezilient.Restore.Benchmarks;

// `dry-run-latency …` measures a running service over HTTP; anything else goes to BenchmarkDotNet.
return args is ["dry-run-latency", .. var rest]
    ? await DryRunLatency.RunAsync(rest)
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DryRunLatency).Assembly).Run(args);
    return 0;
}
