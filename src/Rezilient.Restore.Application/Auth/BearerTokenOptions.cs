namespace Rezilient.Restore.Application.Auth;

/// <summary>
/// Bearer-token verification settings (spec 09: <c>RRS_AUTH_SIGNING_KEY</c>, <c>RRS_AUTH_EXPECTED_ISSUER</c>,
/// <c>RRS_AUTH_TOKEN_CLOCK_SKEW_SECONDS</c>). <see cref="SigningKey"/> is already trimmed;
/// a null or empty <see cref="ExpectedIssuer"/> means the issuer is not checked.
/// </summary>
public sealed record BearerTokenOptions(string SigningKey, string? ExpectedIssuer, int ClockSkewSeconds)
{
    /// <summary>Never prints the signing key.</summary>
    public override string ToString() =>
        $"{nameof(BearerTokenOptions)} {{ ExpectedIssuer = {ExpectedIssuer}, ClockSkewSeconds = {ClockSkewSeconds}, SigningKey = (redacted) }}";
}
