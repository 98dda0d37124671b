using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Domain.Common;
using static Rezilient.Restore.Application.Tests.Auth.TestTokens;

namespace Rezilient.Restore.Application.Tests.Auth;

/// <summary>Steps A1–A3 of spec 01 §4.3 and consequence 4.</summary>
public sealed class BearerTokenVerifierHeaderTests
{
    private static readonly string ValidToken = Token(ValidClaims());

    private static TokenVerificationResult VerifyHeader(string? headerValue) =>
        new BearerTokenVerifier(Options()).Verify(headerValue, Now);

    [Test]
    public void A_valid_bearer_header_is_authenticated()
    {
        var result = VerifyHeader("Bearer " + ValidToken);

        Assert.That(result.IsAuthenticated, Is.True);
        Assert.That(result.ReasonCode, Is.Null);
        Assert.That(result.Claims, Is.Not.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    public void A_missing_or_empty_header_is_malformed(string? headerValue)
    {
        var result = VerifyHeader(headerValue);

        Assert.That(result.IsAuthenticated, Is.False);
        Assert.That(result.Claims, Is.Null);
        Assert.That(result.ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase("bearer")]
    [TestCase("BEARER")]
    [TestCase("bEaReR")]
    public void The_scheme_is_case_insensitive(string scheme)
    {
        Assert.That(VerifyHeader($"{scheme} {ValidToken}").IsAuthenticated, Is.True);
    }

    [Test]
    public void Pieces_after_the_token_are_ignored()
    {
        Assert.That(VerifyHeader($"Bearer {ValidToken} trailing").IsAuthenticated, Is.True);
        Assert.That(VerifyHeader($"Bearer {ValidToken} trailing more pieces").IsAuthenticated, Is.True);
    }

    [Test]
    public void Two_spaces_after_the_scheme_are_malformed()
    {
        Assert.That(VerifyHeader($"Bearer  {ValidToken}").ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_tab_instead_of_a_space_is_malformed()
    {
        Assert.That(VerifyHeader($"Bearer\t{ValidToken}").ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase("Basic abc")]
    [TestCase("Basic " + "x.y.z")]
    [TestCase("Bearer")]
    [TestCase("Bearer ")]
    [TestCase("Bearer \t")]
    [TestCase(" Bearer abc")]
    [TestCase("Bearerabc")]
    public void A_header_without_a_bearer_token_is_malformed(string headerValue)
    {
        Assert.That(VerifyHeader(headerValue).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Another_scheme_with_a_valid_token_is_malformed()
    {
        Assert.That(VerifyHeader("Basic " + ValidToken).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase("abc")]
    [TestCase("a.b")]
    [TestCase("a.b.c.d")]
    [TestCase("...")]
    public void A_token_without_exactly_three_segments_is_malformed(string token)
    {
        Assert.That(Verify(token).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Three_empty_segments_reach_the_signature_check()
    {
        Assert.That(Verify("..").ReasonCode, Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void A_token_with_a_fourth_segment_is_malformed_even_when_the_first_three_are_valid()
    {
        Assert.That(Verify(ValidToken + ".extra").ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }
}
