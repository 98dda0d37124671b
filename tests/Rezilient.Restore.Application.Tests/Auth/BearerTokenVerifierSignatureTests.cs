using Rezilient.Restore.Domain.Common;
using static Rezilient.Restore.Application.Tests.Auth.TestTokens;

namespace Rezilient.Restore.Application.Tests.Auth;

/// <summary>Step A4 of spec 01 §4.3 and the "header is never inspected" rule of §4.1.</summary>
public sealed class BearerTokenVerifierSignatureTests
{
    private static readonly string ValidPayload = PayloadSegment(ValidClaims());

    [Test]
    public void A_token_signed_with_another_key_is_an_invalid_signature()
    {
        var token = Signed(Hs256Header, ValidPayload, key: "another-key");

        Assert.That(Verify(token).ReasonCode, Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void Tampered_payload_is_an_invalid_signature_not_malformed()
    {
        var signature = Signature(Hs256Header, ValidPayload);
        var tampered = PayloadSegment(ValidClaimsWith("tenant_id", "tenant-evil"));

        Assert.That(Verify($"{Hs256Header}.{tampered}.{signature}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void A_garbage_payload_under_a_foreign_signature_is_an_invalid_signature_not_malformed()
    {
        var signature = Signature(Hs256Header, ValidPayload);

        Assert.That(Verify($"{Hs256Header}.!!not*base64!!.{signature}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void A_tampered_header_is_an_invalid_signature()
    {
        var signature = Signature(Hs256Header, ValidPayload);
        var otherHeader = Segment("""{"alg":"HS256","typ":"JWT","kid":"x"}""");

        Assert.That(Verify($"{otherHeader}.{ValidPayload}.{signature}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [TestCase("""{"alg":"none","typ":"JWT"}""")]
    [TestCase("""{"alg":"RS256","typ":"JWT"}""")]
    [TestCase("""{"alg":"HS512"}""")]
    public void The_header_alg_is_ignored_and_hs256_is_always_used(string headerJson)
    {
        var token = Signed(Segment(headerJson), ValidPayload);

        Assert.That(Verify(token).IsAuthenticated, Is.True);
    }

    [Test]
    public void An_alg_none_token_with_an_empty_signature_is_an_invalid_signature()
    {
        var token = $"{Segment("""{"alg":"none","typ":"JWT"}""")}.{ValidPayload}.";

        Assert.That(Verify(token).ReasonCode, Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [TestCase("not-json-at-all")]
    [TestCase("!!!")]
    [TestCase("")]
    public void The_header_segment_is_never_decoded(string headerSegment)
    {
        var token = Signed(headerSegment, ValidPayload);

        Assert.That(Verify(token).IsAuthenticated, Is.True);
    }

    [Test]
    public void A_padded_signature_is_an_invalid_signature()
    {
        Assert.That(Verify(Token(ValidClaims()) + "=").ReasonCode, Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void A_standard_base64_signature_is_an_invalid_signature()
    {
        // Pick claims whose signature uses a base64url-only character, then re-encode it as standard base64.
        var payload = Enumerable.Range(0, 1000)
            .Select(i => PayloadSegment(ValidClaimsWith("jti", $"jti-{i}")))
            .First(p => Signature(Hs256Header, p).IndexOfAny(['-', '_']) >= 0);
        var standard = Signature(Hs256Header, payload).Replace('-', '+').Replace('_', '/');

        Assert.That(Verify($"{Hs256Header}.{payload}.{standard}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [TestCase("!!!!")]
    [TestCase("a")]
    [TestCase("é")]
    [TestCase("abc+def/")]
    public void Bad_base64_in_the_signature_is_an_invalid_signature(string signature)
    {
        Assert.That(Verify($"{Hs256Header}.{ValidPayload}.{signature}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void A_signature_with_one_character_changed_is_an_invalid_signature()
    {
        var signature = Signature(Hs256Header, ValidPayload);
        var changed = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        Assert.That(Verify($"{Hs256Header}.{ValidPayload}.{changed}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }

    [Test]
    public void A_truncated_signature_is_an_invalid_signature()
    {
        var signature = Signature(Hs256Header, ValidPayload);

        Assert.That(Verify($"{Hs256Header}.{ValidPayload}.{signature[..^1]}").ReasonCode,
            Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }
}
