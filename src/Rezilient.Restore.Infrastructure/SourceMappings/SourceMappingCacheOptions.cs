namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>
/// Resolve-cache settings (spec 02 §8): TTLs from <c>RRS_ACP_POSITIVE_CACHE_TTL_SECONDS</c> /
/// <c>RRS_ACP_NEGATIVE_CACHE_TTL_SECONDS</c> (0 disables that class) and a size bound (note M2).
/// </summary>
public sealed record SourceMappingCacheOptions(int PositiveTtlSeconds, int NegativeTtlSeconds, int Capacity = 10_000)
{
    public void Validate()
    {
        if (PositiveTtlSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PositiveTtlSeconds), "positiveTtlSeconds must be a non-negative integer");
        }

        if (NegativeTtlSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(NegativeTtlSeconds), "negativeTtlSeconds must be a non-negative integer");
        }

        if (Capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Capacity), "capacity must be positive");
        }
    }
}
