using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rezilient.Restore.Application.Auth;

namespace Rezilient.Restore.Application.Tests.Auth;

/// <summary>
/// Builds tokens for the verifier tests. Signs independently of the production code so a bug in
/// <see cref="BearerTokenVerifier"/>'s signing cannot hide itself.
/// </summary>
internal static class TestTokens
{
    public const string Key = "test-signing-key-0123456789abcdef";
    public const int Skew = 30;

    public static readonly DateTimeOffset Now = new(2026, 2, 16, 12, 0, 0, TimeSpan.Zero);
    public static readonly long NowSeconds = Now.ToUnixTimeSeconds();

    public static readonly string Hs256Header = Segment("""{"alg":"HS256","typ":"JWT"}""");

    public static BearerTokenOptions Options(string? expectedIssuer = null) => new(Key, expectedIssuer, Skew);

    public static TokenVerificationResult Verify(string token, BearerTokenOptions? options = null) =>
        new BearerTokenVerifier(options ?? Options()).Verify("Bearer " + token, Now);

    public static Dictionary<string, object?> ValidClaims() => new()
    {
        ["service_scope"] = "rrs",
        ["iss"] = "rezilient-auth-control-plane",
        ["sub"] = "client-1",
        ["aud"] = "rezilient:rrs",
        ["jti"] = "jti-1",
        ["iat"] = NowSeconds - 10,
        ["exp"] = NowSeconds + 290,
        ["tenant_id"] = "tenant-acme",
        ["instance_id"] = "sn-dev-01",
        ["source"] = "sn://acme-dev.service-now.com",
    };

    public static Dictionary<string, object?> ValidClaimsWith(string name, object? value)
    {
        var claims = ValidClaims();
        claims[name] = value;
        return claims;
    }

    public static string Token(Dictionary<string, object?> claims) => Signed(Hs256Header, PayloadSegment(claims));

    public static string PayloadSegment(Dictionary<string, object?> claims) => Segment(JsonSerializer.Serialize(claims));

    public static string TokenWithPayloadJson(string payloadJson) => Signed(Hs256Header, Segment(payloadJson));

    public static string Signed(string headerSegment, string payloadSegment, string key = Key) =>
        $"{headerSegment}.{payloadSegment}.{Signature(headerSegment, payloadSegment, key)}";

    public static string Signature(string headerSegment, string payloadSegment, string key = Key) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{headerSegment}.{payloadSegment}")));

    public static string Segment(string json) => Segment(Encoding.UTF8.GetBytes(json));

    public static string Segment(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
