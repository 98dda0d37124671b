namespace Rezilient.Restore.Domain.Admin;

/// <summary>The required GA failure drills and the status vocabulary of drill results (spec 01 §6.3, spec 07 §8.3).</summary>
public static class FailureDrills
{
    public static readonly IReadOnlyList<string> Required =
    [
        "auth_outage",
        "sidecar_lag",
        "pg_saturation",
        "entitlement_disable",
        "crash_resume",
        "evidence_audit_export",
    ];

    public const string Pending = "pending";
    public const string Passed = "passed";
    public const string Failed = "failed";

    public static bool IsRequired(string drillId) => Required.Contains(drillId, StringComparer.Ordinal);

    /// <summary>
    /// Normalizes a submitted status: <c>pending</c>; <c>pass</c>/<c>passed</c> → <c>passed</c>;
    /// <c>fail</c>/<c>failed</c> → <c>failed</c>. Case-sensitive; anything else is not a status (null).
    /// </summary>
    public static string? NormalizeStatus(string status) => status switch
    {
        "pending" => Pending,
        "pass" or "passed" => Passed,
        "fail" or "failed" => Failed,
        _ => null,
    };
}
