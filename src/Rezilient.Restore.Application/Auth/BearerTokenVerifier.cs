using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Auth;

/// <summary>
/// Verifies <c>Authorization: Bearer</c> values: compact JWS, always HS256, checks A1–A12 of spec 01 §4.3
/// in order, first failure wins. No JWT library: the contract pins details libraries disagree on.
/// </summary>
public sealed class BearerTokenVerifier(BearerTokenOptions options)
{
    /// <summary>The only <c>service_scope</c> this service accepts (spec 01 §4.2).</summary>
    public const string ServiceScope = "rrs";

    /// <summary>The only <c>aud</c> this service accepts (spec 01 §4.2).</summary>
    public const string Audience = "rezilient:" + ServiceScope;

    private const string Scheme = "bearer";

    private readonly byte[] signingKey = Encoding.UTF8.GetBytes(options.SigningKey);

    public TokenVerificationResult Verify(string? authorizationHeaderValue, DateTimeOffset now)
    {
        if (ReadToken(authorizationHeaderValue) is not { } token)
        {
            return TokenVerificationResult.Denied(AuthReasonCodes.Malformed);
        }

        var segments = token.Split('.');
        if (segments.Length != 3)
        {
            return TokenVerificationResult.Denied(AuthReasonCodes.Malformed);
        }

        // spec 01 §4.3 consequence 1: the signature is checked before the payload is decoded.
        if (!SignatureMatches(segments[0], segments[1], segments[2]))
        {
            return TokenVerificationResult.Denied(AuthReasonCodes.InvalidSignature);
        }

        if (!ClaimsReader.TryRead(segments[1], out var claims))
        {
            return TokenVerificationResult.Denied(AuthReasonCodes.Malformed);
        }

        return FirstFailedCheck(claims, now.ToUnixTimeSeconds()) is { } reasonCode
            ? TokenVerificationResult.Denied(reasonCode)
            : TokenVerificationResult.Authenticated(claims);
    }

    /// <summary>Computes the unpadded base64url HS256 signature of <c>header.payload</c>.</summary>
    internal static string Sign(byte[] signingKey, string headerSegment, string payloadSegment)
    {
        // The spec says "ASCII bytes"; UTF-8 is identical on ASCII and, unlike Encoding.ASCII, does not fold
        // every non-ASCII character to '?'.
        var mac = HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes($"{headerSegment}.{payloadSegment}"));
        return Base64Url.EncodeToString(mac);
    }

    // A1–A2: split on single spaces, so "Bearer  x" yields an empty token piece and a tab never separates.
    private static string? ReadToken(string? headerValue)
    {
        if (string.IsNullOrEmpty(headerValue))
        {
            return null;
        }

        var pieces = headerValue.Split(' ', 3);
        var hasBearerScheme = pieces.Length >= 2 && pieces[0].Equals(Scheme, StringComparison.OrdinalIgnoreCase);
        return hasBearerScheme && !string.IsNullOrWhiteSpace(pieces[1]) ? pieces[1] : null;
    }

    // A4: compare the signature text as received, so padding or any other re-encoding is a mismatch.
    private bool SignatureMatches(string headerSegment, string payloadSegment, string signatureSegment)
    {
        var expected = Sign(signingKey, headerSegment, payloadSegment);
        return CryptographicOperations.FixedTimeEquals(
            MemoryMarshal.AsBytes(expected.AsSpan()),
            MemoryMarshal.AsBytes(signatureSegment.AsSpan()));
    }

    // A7–A12.
    private string? FirstFailedCheck(TokenClaims claims, long now)
    {
        var skew = options.ClockSkewSeconds;
        if (claims.ServiceScope != ServiceScope || claims.Audience != Audience)
        {
            return AuthReasonCodes.WrongServiceScope;
        }

        if (!string.IsNullOrEmpty(options.ExpectedIssuer) && claims.Issuer != options.ExpectedIssuer)
        {
            return AuthReasonCodes.Malformed;
        }

        if (now > claims.ExpiresAt + skew)
        {
            return AuthReasonCodes.Expired;
        }

        return claims.IssuedAt > now + skew || claims.IssuedAt >= claims.ExpiresAt ? AuthReasonCodes.Malformed : null;
    }

    /// <summary>A5–A6: payload segment → base64url → strict UTF-8 → JSON object → claims of spec 01 §4.2.</summary>
    private static class ClaimsReader
    {
        private const string OtherKnownServiceScope = "reg";

        private static readonly SearchValues<char> Base64UrlAlphabet =
            SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

        public static bool TryRead(string payloadSegment, [NotNullWhen(true)] out TokenClaims? claims)
        {
            claims = null;
            if (DecodeUtf8(payloadSegment) is not { } json)
            {
                return false;
            }

            try
            {
                using var document = JsonDocument.Parse(json);
                claims = ReadClaims(document.RootElement);
                return claims is not null;
            }
            catch (JsonException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                // GetString refuses a string escaping a lone surrogate (e.g. "\ud800").
                return false;
            }
        }

        private static string? DecodeUtf8(string segment)
        {
            // Unpadded base64url only: Base64Url itself would also skip whitespace and accept padding.
            if (segment.AsSpan().ContainsAnyExcept(Base64UrlAlphabet) || !Base64Url.IsValid(segment))
            {
                return null;
            }

            var bytes = Base64Url.DecodeFromChars(segment);
            return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
        }

        private static TokenClaims? ReadClaims(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var serviceScope = Text(root, TokenClaims.Names.ServiceScope);
            var issuer = Text(root, TokenClaims.Names.Issuer);
            var subject = Text(root, TokenClaims.Names.Subject);
            var audience = Text(root, TokenClaims.Names.Audience);
            var tokenId = Text(root, TokenClaims.Names.TokenId);
            var issuedAt = Number(root, TokenClaims.Names.IssuedAt);
            var expiresAt = Number(root, TokenClaims.Names.ExpiresAt);
            var tenantId = Text(root, TokenClaims.Names.TenantId);
            var instanceId = Text(root, TokenClaims.Names.InstanceId);
            var source = Text(root, TokenClaims.Names.Source);

            if (serviceScope is not (ServiceScope or OtherKnownServiceScope)
                || issuer is null || subject is null || audience is null || tokenId is null
                || issuedAt is null || expiresAt is null
                || tenantId is null || instanceId is null || source is null)
            {
                return null;
            }

            return new TokenClaims(
                serviceScope, issuer, subject, audience, tokenId, issuedAt.Value, expiresAt.Value,
                tenantId, instanceId, source);
        }

        // A JSON string that is non-empty after trim; the untrimmed value is kept. A claim with U+0000 is malformed:
        // no scope value can contain it (PostgreSQL text cannot store it).
        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text
            && !string.IsNullOrWhiteSpace(text)
            && !text.Contains('\0', StringComparison.Ordinal)
                ? text
                : null;

        // A finite JSON number; numeric strings are rejected.
        private static double? Number(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number
            && value.TryGetDouble(out var number)
            && double.IsFinite(number)
                ? number
                : null;
    }
}
