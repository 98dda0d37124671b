namespace Rezilient.Restore.Benchmarks;

/// <summary>Finds a plan-hash vector file in the shared contract folder beside the repository.</summary>
internal static class Vectors
{
    public static string Path(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "vectors", "plan-hash", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/vectors/plan-hash not found above the benchmark's directory", file);
    }
}
