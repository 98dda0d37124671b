using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Rezilient.Restore.Api.Http;

/// <summary>
/// <c>x-rezilient-admin-token</c> check (spec 01 §6.1, decision P5): exactly one header value, equal to the configured
/// token. Compared in constant time over SHA-256 digests, so neither content nor length leaks through timing.
/// </summary>
public sealed class AdminTokenCheck(string? configuredToken)
{
    public const string HeaderName = "x-rezilient-admin-token";

    private readonly byte[]? expectedDigest =
        string.IsNullOrEmpty(configuredToken) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(configuredToken));

    public bool IsAuthorized(StringValues headerValues)
    {
        if (expectedDigest is null || headerValues.Count != 1 || string.IsNullOrEmpty(headerValues[0]))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(headerValues[0]!));
        return CryptographicOperations.FixedTimeEquals(presented, expectedDigest);
    }
}
