using BenchmarkDotNet.Running;
using Rezilient.Restore.Benchmarks;

// `dry-run-latency …` and `jobs-load …` measure a running service over HTTP; anything else goes to BenchmarkDotNet.
return args switch
{
    ["dry-run-latency", .. var rest] => await DryRunLatency.RunAsync(rest),
    ["jobs-load", .. var rest] => await JobsLoad.RunAsync(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DryRunLatency).Assembly).Run(args);
    return 0;
}
