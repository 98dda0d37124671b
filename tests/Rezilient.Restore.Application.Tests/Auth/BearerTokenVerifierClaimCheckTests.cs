using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Domain.Common;
using static Rezilient.Restore.Application.Tests.Auth.TestTokens;

namespace Rezilient.Restore.Application.Tests.Auth;

/// <summary>Steps A7–A12 of spec 01 §4.3, skew, the issuer pin, and the first-failure-wins order.</summary>
public sealed class BearerTokenVerifierClaimCheckTests
{
    private static string? ReasonFor(Dictionary<string, object?> claims, string? expectedIssuer = null) =>
        Verify(Token(claims), Options(expectedIssuer)).ReasonCode;

    private static Dictionary<string, object?> ClaimsWithTimes(double iat, double exp)
    {
        var claims = ValidClaimsWith("iat", iat);
        claims["exp"] = exp;
        return claims;
    }

    [TestCase("rezilient:reg")]
    [TestCase("rezilient:RRS")]
    [TestCase(" rezilient:rrs")]
    [TestCase("rrs")]
    public void An_aud_other_than_rezilient_rrs_is_a_wrong_service_scope(string audience)
    {
        Assert.That(ReasonFor(ValidClaimsWith("aud", audience)), Is.EqualTo(AuthReasonCodes.WrongServiceScope));
    }

    [Test]
    public void A_matching_issuer_pin_is_accepted()
    {
        Assert.That(ReasonFor(ValidClaims(), expectedIssuer: "rezilient-auth-control-plane"), Is.Null);
    }

    [TestCase("rez-auth-control-plane")]
    [TestCase("Rezilient-auth-control-plane")]
    [TestCase("rezilient-auth-control-plane ")]
    public void A_mismatching_issuer_pin_is_malformed(string expectedIssuer)
    {
        Assert.That(ReasonFor(ValidClaims(), expectedIssuer), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Without_an_issuer_pin_any_issuer_is_accepted(string? expectedIssuer)
    {
        Assert.That(ReasonFor(ValidClaimsWith("iss", "someone-else"), expectedIssuer), Is.Null);
    }

    [Test]
    public void A_token_is_accepted_up_to_and_including_exp_plus_skew()
    {
        Assert.That(ReasonFor(ClaimsWithTimes(NowSeconds - 300, NowSeconds - Skew)), Is.Null);
    }

    [Test]
    public void A_token_one_second_past_exp_plus_skew_is_expired()
    {
        Assert.That(ReasonFor(ClaimsWithTimes(NowSeconds - 300, NowSeconds - Skew - 1)),
            Is.EqualTo(AuthReasonCodes.Expired));
    }

    [Test]
    public void Now_is_floored_to_whole_seconds()
    {
        var verifier = new BearerTokenVerifier(Options());
        var token = Token(ClaimsWithTimes(NowSeconds - 300, NowSeconds - Skew));

        Assert.That(verifier.Verify("Bearer " + token, Now.AddMilliseconds(999)).IsAuthenticated, Is.True);
        Assert.That(verifier.Verify("Bearer " + token, Now.AddSeconds(1)).ReasonCode,
            Is.EqualTo(AuthReasonCodes.Expired));
    }

    [Test]
    public void A_fractional_exp_just_below_the_boundary_is_expired()
    {
        Assert.That(ReasonFor(ClaimsWithTimes(NowSeconds - 300, NowSeconds - Skew - 0.001)),
            Is.EqualTo(AuthReasonCodes.Expired));
    }

    [Test]
    public void An_iat_up_to_and_including_now_plus_skew_is_accepted()
    {
        Assert.That(ReasonFor(ClaimsWithTimes(NowSeconds + Skew, NowSeconds + 300)), Is.Null);
    }

    [Test]
    public void An_iat_in_the_future_beyond_skew_is_malformed()
    {
        Assert.That(ReasonFor(ClaimsWithTimes(NowSeconds + Skew + 1, NowSeconds + 300)),
            Is.EqualTo(AuthReasonCodes.Malformed));
        Assert.That(ReasonFor(ClaimsWithTimes(NowSeconds + Skew + 0.5, NowSeconds + 300)),
            Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase(0)]
    [TestCase(1)]
    public void An_iat_at_or_after_exp_is_malformed(int secondsAfterExp)
    {
        var exp = NowSeconds + 100;

        Assert.That(ReasonFor(ClaimsWithTimes(exp + secondsAfterExp, exp)), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Expired_with_iat_at_or_after_exp_is_expired_not_malformed()
    {
        var exp = NowSeconds - Skew - 100;

        Assert.That(ReasonFor(ClaimsWithTimes(exp, exp)), Is.EqualTo(AuthReasonCodes.Expired));
        Assert.That(ReasonFor(ClaimsWithTimes(exp + 50, exp)), Is.EqualTo(AuthReasonCodes.Expired));
    }

    [Test]
    public void Wrong_service_scope_wins_over_a_wrong_aud_issuer_and_expiry()
    {
        var claims = ClaimsWithTimes(NowSeconds - 1000, NowSeconds - 900);
        claims["service_scope"] = "reg";
        claims["aud"] = "rezilient:reg";

        Assert.That(ReasonFor(claims, expectedIssuer: "other"), Is.EqualTo(AuthReasonCodes.WrongServiceScope));
    }

    [Test]
    public void Wrong_aud_wins_over_the_issuer_pin_and_expiry()
    {
        var claims = ClaimsWithTimes(NowSeconds - 1000, NowSeconds - 900);
        claims["aud"] = "rezilient:reg";

        Assert.That(ReasonFor(claims, expectedIssuer: "other"), Is.EqualTo(AuthReasonCodes.WrongServiceScope));
    }

    [Test]
    public void The_issuer_pin_wins_over_expiry()
    {
        var claims = ClaimsWithTimes(NowSeconds - 1000, NowSeconds - 900);

        Assert.That(ReasonFor(claims, expectedIssuer: "other"), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Expiry_wins_over_an_iat_in_the_future()
    {
        // Only reachable with iat > exp: an iat beyond now + skew on a token past exp + skew.
        var claims = ClaimsWithTimes(NowSeconds + Skew + 10, NowSeconds - Skew - 10);

        Assert.That(ReasonFor(claims), Is.EqualTo(AuthReasonCodes.Expired));
    }

    [Test]
    public void A_bad_signature_wins_over_every_claim_failure()
    {
        var claims = ClaimsWithTimes(NowSeconds + 1000, NowSeconds - 1000);
        claims["service_scope"] = "admin";
        claims.Remove("tenant_id");
        var token = Signed(Hs256Header, PayloadSegment(claims), key: "another-key");

        Assert.That(Verify(token).ReasonCode, Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void Claim_parsing_wins_over_service_scope_and_expiry()
    {
        var claims = ClaimsWithTimes(NowSeconds - 1000, NowSeconds - 900);
        claims["service_scope"] = "reg";
        claims.Remove("jti");

        Assert.That(ReasonFor(claims), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_zero_skew_accepts_exactly_at_exp_and_expires_one_second_later()
    {
        var options = new BearerTokenOptions(Key, null, 0);

        Assert.That(Verify(Token(ClaimsWithTimes(NowSeconds - 300, NowSeconds)), options).IsAuthenticated, Is.True);
        Assert.That(Verify(Token(ClaimsWithTimes(NowSeconds - 300, NowSeconds - 1)), options).ReasonCode,
            Is.EqualTo(AuthReasonCodes.Expired));
    }
}
