using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Http;

/// <summary>Spec 01 §1.6–1.8 and P5: exact, case-sensitive paths; no 405; query strings ignored.</summary>
public sealed class RoutingTests : ApiTestBase
{
    private const string NotFound = """{"error":"not_found"}""";

    [TestCase("POST", "/v1/admin/ops/staging-mode/")]
    [TestCase("POST", "/v1/Admin/ops/staging-mode")]
    [TestCase("PUT", "/v1/admin/ops/staging-mode")]
    [TestCase("HEAD", "/v1/admin/ops/staging-mode")]
    [TestCase("OPTIONS", "/v1/admin/ops/staging-mode")]
    public async Task Near_misses_of_a_route_are_404_never_405(string method, string path)
    {
        var response = await SendAsync(Request(new HttpMethod(method), path, "{}",
            adminToken: RestoreApiFactory.AdminToken, bearer: Token()));

        Assert.That(response.Status, Is.EqualTo(404));
        if (method != "HEAD")
        {
            Assert.That(response.Compact, Is.EqualTo(NotFound));
        }
    }

    [TestCase("HEAD", "/v1/health")]
    [TestCase("OPTIONS", "/v1/jobs/abc")]
    [TestCase("GET", "/v1/plans/%zz")]
    [TestCase("GET", "/v1/Health")]
    public async Task Authenticated_requests_to_unknown_routes_are_404(string method, string path)
    {
        var response = await SendAsync(Request(new HttpMethod(method), path, bearer: Token()));

        Assert.That(response.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task The_query_string_is_ignored()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/health?verbose=1"));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Compact, Is.EqualTo("""{"ok":true}"""));
    }

    [Test]
    public async Task A_route_reached_through_dot_segments_is_the_same_route()
    {
        var request = Request(HttpMethod.Post, "/v1/admin/ops/x/../staging-mode", """{"enabled":false,"actor":"ops"}""",
            adminToken: RestoreApiFactory.AdminToken);

        var response = await SendAsync(request);

        Assert.That(response.Status, Is.EqualTo(200));
    }
}
