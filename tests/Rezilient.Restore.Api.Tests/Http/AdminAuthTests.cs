using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Http;

/// <summary>Spec 01 §6.1–6.2: the admin branch, decided before routing and never by bearer tokens.</summary>
public sealed class AdminAuthTests : ApiTestBase
{
    private const string Forbidden = """{"error":"forbidden","reason_code":"admin_auth_required"}""";

    [Test]
    public async Task Missing_admin_token_is_403_even_with_a_valid_bearer_token()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/admin/ops/queue", bearer: Token()));

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(response.Compact, Is.EqualTo(Forbidden));
    }

    [TestCase("")]
    [TestCase("wrong-token")]
    [TestCase("TEST-ADMIN-TOKEN")]
    [TestCase("test-admin-token-and-more")]
    public async Task Wrong_admin_token_is_403(string token)
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/admin/ops/queue", adminToken: token));

        Assert.That(response.Compact, Is.EqualTo(Forbidden));
    }

    [Test]
    public async Task Repeated_admin_header_is_403()
    {
        var request = Request(HttpMethod.Get, "/v1/admin/ops/queue");
        request.Headers.TryAddWithoutValidation("x-rezilient-admin-token",
            new[] { RestoreApiFactory.AdminToken, RestoreApiFactory.AdminToken });

        var response = await SendAsync(request);

        Assert.That(response.Compact, Is.EqualTo(Forbidden));
    }

    [Test]
    public async Task Header_name_is_case_insensitive()
    {
        var request = Request(HttpMethod.Post, "/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"ops"}""");
        request.Headers.TryAddWithoutValidation("X-Rezilient-Admin-Token", RestoreApiFactory.AdminToken);

        var response = await SendAsync(request);

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [TestCase("GET", "/v1/admin/unknown")]
    [TestCase("DELETE", "/v1/admin/ops/staging-mode")]
    [TestCase("GET", "/v1/admin/ops/staging-mode")]
    [TestCase("POST", "/v1/admin/ops/Staging-Mode")]
    public async Task Unknown_admin_route_or_method_with_a_good_token_is_the_plain_404(string method, string path)
    {
        var response = await SendAsync(Request(new HttpMethod(method), path, adminToken: RestoreApiFactory.AdminToken));

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Compact, Is.EqualTo("""{"error":"not_found"}"""));
    }

    [Test]
    public async Task Unknown_admin_route_without_a_token_is_403_not_401()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/admin/unknown"));

        Assert.That(response.Compact, Is.EqualTo(Forbidden));
    }
}
