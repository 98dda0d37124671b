using System.Text.Json.Nodes;

namespace Rezilient.Restore.Domain.Plans;

/// <summary>The plan hash (spec 03 §10.1): SHA-256 of the canonical JSON of <c>plan_hash_input</c> (§9).</summary>
public static class PlanHash
{
    public static (string CanonicalText, string Hash) Compute(JsonObject planHashInput)
    {
        ArgumentNullException.ThrowIfNull(planHashInput);
        var canonical = CanonicalJson.Serialize(planHashInput);
        return (canonical, CanonicalJson.Sha256Hex(canonical));
    }
}
