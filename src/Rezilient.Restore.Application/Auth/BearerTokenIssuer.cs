using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Auth;

/// <summary>
/// Mints tokens in the ACP format (spec 01 §4.1) for tests and the dev <c>token</c> subcommand.
/// Production tokens come from the auth control plane; this service only verifies them.
/// </summary>
public static class BearerTokenIssuer
{
    public const string DefaultIssuer = "rezilient-auth-control-plane";
    public const string DefaultSubject = "dev-operator";

    private static readonly string HeaderSegment =
        Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    /// <summary>Signs <paramref name="claims"/> (serialized as a JSON object) with HS256.</summary>
    public static string Issue(string signingKey, IReadOnlyDictionary<string, object?> claims)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(claims);

        var payloadSegment = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = BearerTokenVerifier.Sign(Encoding.UTF8.GetBytes(signingKey), HeaderSegment, payloadSegment);
        return $"{HeaderSegment}.{payloadSegment}.{signature}";
    }

    /// <summary>A token this service accepts for <paramref name="scope"/>, valid from <paramref name="now"/>.</summary>
    public static string IssueForScope(
        string signingKey,
        RequestScope scope,
        DateTimeOffset now,
        TimeSpan lifetime,
        string issuer = DefaultIssuer,
        string subject = DefaultSubject)
    {
        ArgumentNullException.ThrowIfNull(scope);

        var issuedAt = now.ToUnixTimeSeconds();
        return Issue(signingKey, new Dictionary<string, object?>
        {
            [TokenClaims.Names.ServiceScope] = BearerTokenVerifier.ServiceScope,
            [TokenClaims.Names.Issuer] = issuer,
            [TokenClaims.Names.Subject] = subject,
            [TokenClaims.Names.Audience] = BearerTokenVerifier.Audience,
            [TokenClaims.Names.TokenId] = Guid.NewGuid().ToString(),
            [TokenClaims.Names.IssuedAt] = issuedAt,
            [TokenClaims.Names.ExpiresAt] = issuedAt + (long)lifetime.TotalSeconds,
            [TokenClaims.Names.TenantId] = scope.TenantId,
            [TokenClaims.Names.InstanceId] = scope.InstanceId,
            [TokenClaims.Names.Source] = scope.Source,
        });
    }
}
