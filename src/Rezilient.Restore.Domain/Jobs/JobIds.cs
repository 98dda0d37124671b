namespace Rezilient.Restore.Domain.Jobs;

/// <summary>Job ids: <c>job_</c> + a random (version 4) UUID, lowercase and hyphenated (spec 04 §0.2).</summary>
public static class JobIds
{
    public const string Prefix = "job_";

    public static string New() => Prefix + Guid.NewGuid().ToString("D");
}
