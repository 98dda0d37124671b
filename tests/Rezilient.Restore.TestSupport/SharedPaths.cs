namespace Rezilient.Restore.TestSupport;

/// <summary>Locates the repository and the contract folder (<c>../shared</c>) from a test's output directory.</summary>
public static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindUpwards(dir => File.Exists(Path.Combine(dir, "Rezilient.Restore.sln")))
        ?? throw new InvalidOperationException("repository root not found above the test output directory");

    /// <summary>The shared contract folder: <c>../shared</c> beside the repository (as CI lays it out).</summary>
    public static string Shared { get; } = FindUpwards(dir => Directory.Exists(Path.Combine(dir, "shared", "vectors")))
        is { } parent ? Path.Combine(parent, "shared")
        : throw new InvalidOperationException("../shared (spec and vectors) not found beside the repository");

    public static string Vectors(params string[] parts) => Path.Combine([Shared, "vectors", .. parts]);

    private static string? FindUpwards(Func<string, bool> predicate)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (predicate(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
