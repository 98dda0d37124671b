using Rezilient.Restore.Api.Tests.Support;
using Rezilient.Restore.Application.Auth;

namespace Rezilient.Restore.Api.Tests.Http;

/// <summary>Spec 01 §2 P3 and §4 over HTTP: every non-admin, non-health request is authenticated before routing.</summary>
public sealed class BearerAuthTests : ApiTestBase
{
    private static string Envelope(string reason) => $$"""{"error":"unauthorized","reason_code":"{{reason}}"}""";

    private static Dictionary<string, object?> Claims(DateTimeOffset now) => new()
    {
        ["service_scope"] = "rrs",
        ["iss"] = "rezilient-auth-control-plane",
        ["sub"] = "client-1",
        ["aud"] = "rezilient:rrs",
        ["jti"] = "jti-1",
        ["iat"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.ToUnixTimeSeconds() + 300,
        ["tenant_id"] = DemoScope.TenantId,
        ["instance_id"] = DemoScope.InstanceId,
        ["source"] = DemoScope.Source,
    };

    [Test]
    public async Task Missing_token_on_an_unknown_route_is_401_not_404()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs"));

        Assert.That(response.Status, Is.EqualTo(401));
        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_malformed")));
    }

    [Test]
    public async Task Valid_token_on_an_unknown_route_is_the_plain_404()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs", bearer: Token()));

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Compact, Is.EqualTo("""{"error":"not_found"}"""));
    }

    [Test]
    public async Task Tampered_signature_is_invalid_signature()
    {
        var token = Token();
        var tampered = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs", bearer: tampered));

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_invalid_signature")));
    }

    [Test]
    public async Task Token_for_another_service_scope_is_wrong_service_scope()
    {
        var claims = Claims(RestoreApiFactory.Now);
        claims["service_scope"] = "reg";

        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs",
            bearer: BearerTokenIssuer.Issue(RestoreApiFactory.SigningKey, claims)));

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_wrong_service_scope")));
    }

    [Test]
    public async Task Token_past_expiry_plus_skew_is_expired()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs",
            bearer: Token(now: RestoreApiFactory.Now.AddSeconds(-300 - 31))));

        Assert.That(response.Status, Is.EqualTo(401));
        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_expired")));
    }

    [Test]
    public async Task Token_signed_with_another_key_is_invalid_signature()
    {
        var token = BearerTokenIssuer.Issue("some-other-key", Claims(RestoreApiFactory.Now));

        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs", bearer: token));

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_invalid_signature")));
    }

    [TestCase("Basic abc")]
    [TestCase("Bearer")]
    [TestCase("Token abc.def.ghi")]
    public async Task Unusable_authorization_header_is_malformed(string header)
    {
        var request = Request(HttpMethod.Get, "/v1/jobs");
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await SendAsync(request);

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_malformed")));
    }

    [Test]
    public async Task Lower_case_scheme_and_trailing_text_are_accepted()
    {
        var request = Request(HttpMethod.Get, "/v1/jobs");
        request.Headers.TryAddWithoutValidation("Authorization", $"bearer {Token()} trailing");

        var response = await SendAsync(request);

        Assert.That(response.Status, Is.EqualTo(404), "authenticated, then no such route");
    }

    [Test]
    public async Task A_401_has_exactly_two_keys_and_no_challenge_header()
    {
        using var response = await Client.SendAsync(Request(HttpMethod.Get, "/v1/jobs"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.That(body.Select(p => p.Key), Is.EquivalentTo(new[] { "error", "reason_code" }));
        Assert.That(response.Headers.WwwAuthenticate, Is.Empty);
    }

    [Test]
    public async Task The_admin_token_does_not_authenticate_bearer_routes()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/jobs", adminToken: RestoreApiFactory.AdminToken));

        Assert.That(response.Status, Is.EqualTo(401));
    }

    [Test]
    public async Task A_path_of_just_v1_admin_is_not_the_admin_branch()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/admin", adminToken: RestoreApiFactory.AdminToken));

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_malformed")));
    }

    [Test]
    public async Task Two_authorization_headers_are_malformed_even_if_one_is_valid()
    {
        var request = Request(HttpMethod.Get, "/v1/jobs");
        request.Headers.TryAddWithoutValidation("Authorization", new[] { $"Bearer {Token()}", $"Bearer {Token()}" });

        var response = await SendAsync(request);

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_malformed")));
    }

    [Test]
    public async Task A_claim_containing_nul_is_malformed_not_a_500()
    {
        var claims = Claims(RestoreApiFactory.Now);
        claims["tenant_id"] = "ten\u0000ant";

        var response = await SendAsync(Request(HttpMethod.Get, "/v1/plans/abc",
            bearer: BearerTokenIssuer.Issue(RestoreApiFactory.SigningKey, claims)));

        Assert.That(response.Compact, Is.EqualTo(Envelope("denied_token_malformed")));
    }
}
