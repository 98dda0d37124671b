using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Http;

public sealed class HealthTests : ApiTestBase
{
    [Test]
    public async Task Liveness_answers_ok_without_a_token()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/v1/health"));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Compact, Is.EqualTo("""{"ok":true}"""));
        Assert.That(response.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Readiness_answers_ok_when_the_database_is_reachable()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/health/ready"));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Compact, Is.EqualTo("""{"ok":true}"""));
    }

    [TestCase("POST", "/v1/health")]
    [TestCase("HEAD", "/v1/health")]
    [TestCase("GET", "/v1/health/")]
    [TestCase("GET", "/V1/health")]
    public async Task Anything_but_get_of_the_exact_health_path_needs_a_token(string method, string path)
    {
        var response = await SendAsync(Request(new HttpMethod(method), path));

        Assert.That(response.Status, Is.EqualTo(401));
        if (method != "HEAD")
        {
            Assert.That(response.Compact, Is.EqualTo("""{"error":"unauthorized","reason_code":"denied_token_malformed"}"""));
        }
    }
}
