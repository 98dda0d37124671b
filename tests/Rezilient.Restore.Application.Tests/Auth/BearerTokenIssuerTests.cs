using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Rezilient.Restore.Application.Auth;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Scope;
using static Rezilient.Restore.Application.Tests.Auth.TestTokens;

namespace Rezilient.Restore.Application.Tests.Auth;

public sealed class BearerTokenIssuerTests
{
    private static readonly RequestScope Scope = new("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com");

    private static JsonElement DecodeSegment(string segment) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(segment))).RootElement;

    [Test]
    public void Issued_tokens_carry_the_acp_header_and_an_independently_verifiable_signature()
    {
        var token = BearerTokenIssuer.Issue(Key, ValidClaims());
        var segments = token.Split('.');

        Assert.That(segments, Has.Length.EqualTo(3));
        Assert.That(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(segments[0])),
            Is.EqualTo("""{"alg":"HS256","typ":"JWT"}"""));
        Assert.That(segments[2], Is.EqualTo(Signature(segments[0], segments[1])));
        Assert.That(token, Does.Not.Contain("="));
    }

    [Test]
    public void Issued_claims_are_the_given_dictionary()
    {
        var payload = DecodeSegment(BearerTokenIssuer.Issue(Key, ValidClaimsWith("extra", 1.5)).Split('.')[1]);

        Assert.That(payload.GetProperty("tenant_id").GetString(), Is.EqualTo("tenant-acme"));
        Assert.That(payload.GetProperty("iat").GetInt64(), Is.EqualTo(NowSeconds - 10));
        Assert.That(payload.GetProperty("extra").GetDouble(), Is.EqualTo(1.5));
    }

    [Test]
    public void A_token_issued_for_a_scope_is_accepted_with_that_scope()
    {
        var token = BearerTokenIssuer.IssueForScope(Key, Scope, Now, TimeSpan.FromMinutes(5));

        var result = Verify(token, Options(expectedIssuer: "rezilient-auth-control-plane"));

        Assert.That(result.IsAuthenticated, Is.True);
        Assert.That(result.Claims!.Scope, Is.EqualTo(Scope));
        Assert.That(result.Claims.ServiceScope, Is.EqualTo("rrs"));
        Assert.That(result.Claims.Audience, Is.EqualTo("rezilient:rrs"));
        Assert.That(result.Claims.Subject, Is.EqualTo("dev-operator"));
        Assert.That(result.Claims.IssuedAt, Is.EqualTo(NowSeconds));
        Assert.That(result.Claims.ExpiresAt, Is.EqualTo(NowSeconds + 300));
        Assert.That(Guid.TryParse(result.Claims.TokenId, out _), Is.True);
    }

    [Test]
    public void Issuer_and_subject_can_be_overridden()
    {
        var token = BearerTokenIssuer.IssueForScope(Key, Scope, Now, TimeSpan.FromMinutes(5), "acp-test", "client-9");

        var claims = Verify(token).Claims!;

        Assert.That(claims.Issuer, Is.EqualTo("acp-test"));
        Assert.That(claims.Subject, Is.EqualTo("client-9"));
    }

    [Test]
    public void Each_issued_token_has_a_fresh_jti()
    {
        var first = Verify(BearerTokenIssuer.IssueForScope(Key, Scope, Now, TimeSpan.FromMinutes(5))).Claims!;
        var second = Verify(BearerTokenIssuer.IssueForScope(Key, Scope, Now, TimeSpan.FromMinutes(5))).Claims!;

        Assert.That(first.TokenId, Is.Not.EqualTo(second.TokenId));
    }

    [Test]
    public void A_token_issued_with_another_key_is_rejected()
    {
        var token = BearerTokenIssuer.IssueForScope("other-key", Scope, Now, TimeSpan.FromMinutes(5));

        Assert.That(Verify(token).ReasonCode, Is.EqualTo(AuthReasonCodes.InvalidSignature));
    }
}
