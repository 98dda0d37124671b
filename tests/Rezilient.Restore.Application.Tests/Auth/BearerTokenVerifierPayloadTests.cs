using System.Globalization;
using System.Text;
using System.Text.Json;
using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Scope;
using static Rezilient.Restore.Application.Tests.Auth.TestTokens;

namespace Rezilient.Restore.Application.Tests.Auth;

/// <summary>Steps A5–A6 of spec 01 §4.3: payload decoding and the claim rules of §4.2.</summary>
public sealed class BearerTokenVerifierPayloadTests
{
    private static readonly string[] RequiredStringClaims =
        ["service_scope", "iss", "sub", "aud", "jti", "tenant_id", "instance_id", "source"];

    private static readonly string[] RequiredClaims = [.. RequiredStringClaims, "iat", "exp"];

    private static string ReasonForSignedPayload(string payloadSegment) =>
        Verify(Signed(Hs256Header, payloadSegment)).ReasonCode ?? "authenticated";

    private static string ValidPayloadWhere(Func<string, bool> predicate) =>
        Enumerable.Range(0, 1000).Select(i => PayloadSegment(ValidClaimsWith("jti", $"jti-{i}"))).First(predicate);

    [Test]
    public void Valid_claims_are_returned_with_their_scope()
    {
        var result = Verify(Token(ValidClaims()));

        Assert.That(result.IsAuthenticated, Is.True);
        Assert.That(result.Claims, Is.EqualTo(new TokenClaims(
            "rrs", "rezilient-auth-control-plane", "client-1", "rezilient:rrs", "jti-1",
            NowSeconds - 10, NowSeconds + 290, "tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com")));
        Assert.That(result.Claims!.Scope,
            Is.EqualTo(new RequestScope("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com")));
    }

    [TestCase("!!!")]
    [TestCase("eyJ9*")]
    [TestCase("a")]
    [TestCase("abcde")]
    public void Bad_base64url_in_a_correctly_signed_payload_is_malformed(string payloadSegment)
    {
        Assert.That(ReasonForSignedPayload(payloadSegment), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_padded_payload_is_malformed()
    {
        var payload = ValidPayloadWhere(p => p.Length % 4 != 0);
        var padded = payload + new string('=', 4 - (payload.Length % 4));

        Assert.That(ReasonForSignedPayload(payload), Is.EqualTo("authenticated"));
        Assert.That(ReasonForSignedPayload(padded), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_payload_in_standard_base64_is_malformed()
    {
        // Runs of "?" and "~" encode to the base64url-only characters '_' and '-'.
        var payload = PayloadSegment(ValidClaimsWith("note", "???~~~"));
        Assert.That(payload, Does.Contain("_").Or.Contain("-"));

        Assert.That(ReasonForSignedPayload(payload), Is.EqualTo("authenticated"));
        Assert.That(ReasonForSignedPayload(payload.Replace('-', '+').Replace('_', '/')),
            Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase("\t")]
    [TestCase("\n")]
    [TestCase("\r\n")]
    public void A_payload_with_embedded_whitespace_is_malformed(string whitespace)
    {
        var payload = PayloadSegment(ValidClaims());
        var withWhitespace = payload.Insert(8, whitespace);

        Assert.That(ReasonForSignedPayload(withWhitespace), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void An_empty_correctly_signed_payload_is_malformed()
    {
        Assert.That(ReasonForSignedPayload(""), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_payload_that_is_not_utf8_is_malformed()
    {
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ValidClaims()));
        var withInvalidByte = json[..^1].Append((byte)0xFF).Append((byte)'}').ToArray();

        Assert.That(ReasonForSignedPayload(Segment(withInvalidByte)), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_payload_that_is_not_json_is_malformed()
    {
        Assert.That(ReasonForSignedPayload(Segment("{not json")), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void A_payload_with_a_byte_order_mark_is_malformed()
    {
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ValidClaims()));

        Assert.That(ReasonForSignedPayload(Segment([0xEF, 0xBB, 0xBF, .. json])), Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase("123")]
    [TestCase("null")]
    [TestCase("[]")]
    [TestCase("\"text\"")]
    [TestCase("true")]
    public void A_payload_that_is_valid_json_but_not_an_object_is_malformed(string json)
    {
        Assert.That(Verify(TokenWithPayloadJson(json)).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Each_missing_required_claim_is_malformed()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in RequiredClaims)
            {
                var claims = ValidClaims();
                claims.Remove(name);
                Assert.That(Verify(Token(claims)).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed), name);
            }
        });
    }

    [Test]
    public void Each_blank_or_null_required_claim_is_malformed()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in RequiredClaims)
            {
                foreach (var blank in new object?[] { "", "   ", "\t\n", null })
                {
                    Assert.That(Verify(Token(ValidClaimsWith(name, blank))).ReasonCode,
                        Is.EqualTo(AuthReasonCodes.Malformed), $"{name}={blank ?? "null"}");
                }
            }
        });
    }

    [Test]
    public void Each_string_claim_of_another_json_type_is_malformed()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in RequiredStringClaims)
            {
                foreach (var value in new object[] { 1, true, new[] { "rrs" }, new Dictionary<string, string>() })
                {
                    Assert.That(Verify(Token(ValidClaimsWith(name, value))).ReasonCode,
                        Is.EqualTo(AuthReasonCodes.Malformed), $"{name}:{value.GetType().Name}");
                }
            }
        });
    }

    [TestCase("iat")]
    [TestCase("exp")]
    public void A_numeric_string_time_claim_is_malformed(string name)
    {
        var value = (name == "iat" ? NowSeconds - 10 : NowSeconds + 290).ToString(CultureInfo.InvariantCulture);

        Assert.That(Verify(Token(ValidClaimsWith(name, value))).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [TestCase("iat")]
    [TestCase("exp")]
    public void A_time_claim_that_overflows_to_infinity_is_malformed(string name)
    {
        var json = JsonSerializer.Serialize(ValidClaimsWith(name, 0))
            .Replace($"\"{name}\":0", $"\"{name}\":1e400", StringComparison.Ordinal);

        Assert.That(Verify(TokenWithPayloadJson(json)).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Fractional_iat_and_exp_are_accepted()
    {
        var claims = ValidClaimsWith("iat", NowSeconds - 9.75);
        claims["exp"] = NowSeconds + 0.5;

        var result = Verify(Token(claims));

        Assert.That(result.IsAuthenticated, Is.True);
        Assert.That(result.Claims!.IssuedAt, Is.EqualTo(NowSeconds - 9.75));
        Assert.That(result.Claims.ExpiresAt, Is.EqualTo(NowSeconds + 0.5));
    }

    [Test]
    public void Service_scope_reg_is_a_wrong_service_scope()
    {
        Assert.That(Verify(Token(ValidClaimsWith("service_scope", "reg"))).ReasonCode,
            Is.EqualTo(AuthReasonCodes.WrongServiceScope));
    }

    [TestCase("admin")]
    [TestCase("RRS")]
    [TestCase(" rrs")]
    public void Service_scope_outside_reg_and_rrs_is_malformed(string serviceScope)
    {
        Assert.That(Verify(Token(ValidClaimsWith("service_scope", serviceScope))).ReasonCode,
            Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void An_unknown_service_scope_is_malformed_even_when_aud_is_also_wrong()
    {
        var claims = ValidClaimsWith("service_scope", "admin");
        claims["aud"] = "rezilient:reg";

        Assert.That(Verify(Token(claims)).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }

    [Test]
    public void Untrimmed_string_claims_are_preserved()
    {
        var claims = ValidClaimsWith("tenant_id", " tenant-acme ");
        claims["instance_id"] = "\tsn-dev-01";
        claims["source"] = "sn://acme-dev.service-now.com ";
        claims["sub"] = " client-1";
        claims["iss"] = "iss ";
        claims["jti"] = " jti ";

        var result = Verify(Token(claims));

        Assert.That(result.IsAuthenticated, Is.True);
        Assert.That(result.Claims!.Scope,
            Is.EqualTo(new RequestScope(" tenant-acme ", "\tsn-dev-01", "sn://acme-dev.service-now.com ")));
        Assert.That(result.Claims.Subject, Is.EqualTo(" client-1"));
        Assert.That(result.Claims.Issuer, Is.EqualTo("iss "));
        Assert.That(result.Claims.TokenId, Is.EqualTo(" jti "));
    }

    [Test]
    public void Extra_claims_are_ignored()
    {
        var claims = ValidClaimsWith("nbf", NowSeconds + 10_000);
        claims["kid"] = new[] { 1, 2 };
        claims["capabilities"] = new Dictionary<string, object> { ["admin"] = true };

        Assert.That(Verify(Token(claims)).IsAuthenticated, Is.True);
    }

    [Test]
    public void A_string_claim_escaping_a_lone_surrogate_is_malformed_not_a_crash()
    {
        var json = JsonSerializer.Serialize(ValidClaims()).Replace("tenant-acme", "tenant\\ud800");

        Assert.That(Verify(TokenWithPayloadJson(json)).ReasonCode, Is.EqualTo(AuthReasonCodes.Malformed));
    }
}
