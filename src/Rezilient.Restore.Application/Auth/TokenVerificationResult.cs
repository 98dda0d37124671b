using System.Diagnostics.CodeAnalysis;

namespace Rezilient.Restore.Application.Auth;

/// <summary>Outcome of bearer verification: the claims, or the 401 reason code of spec 01 §4.3.</summary>
public sealed record TokenVerificationResult
{
    private TokenVerificationResult(TokenClaims? claims, string? reasonCode)
    {
        Claims = claims;
        ReasonCode = reasonCode;
    }

    [MemberNotNullWhen(true, nameof(Claims))]
    [MemberNotNullWhen(false, nameof(ReasonCode))]
    public bool IsAuthenticated => Claims is not null;

    public TokenClaims? Claims { get; }

    /// <summary>One of <see cref="Domain.Common.AuthReasonCodes"/> when denied.</summary>
    public string? ReasonCode { get; }

    public static TokenVerificationResult Authenticated(TokenClaims claims) =>
        new(claims ?? throw new ArgumentNullException(nameof(claims)), null);

    public static TokenVerificationResult Denied(string reasonCode) =>
        new(null, reasonCode ?? throw new ArgumentNullException(nameof(reasonCode)));
}
