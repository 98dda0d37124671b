using Microsoft.Extensions.Primitives;
using Rezilient.Restore.Api.Http;

namespace Rezilient.Restore.Api.Tests.Http;

public sealed class AdminTokenCheckTests
{
    [TestCase(null)]
    [TestCase("")]
    public void Without_a_configured_token_every_request_is_denied(string? configured)
    {
        var check = new AdminTokenCheck(configured);

        Assert.That(check.IsAuthorized(new StringValues("")), Is.False);
        Assert.That(check.IsAuthorized(StringValues.Empty), Is.False);
        Assert.That(check.IsAuthorized(new StringValues("anything")), Is.False);
    }

    [Test]
    public void Only_one_exactly_equal_value_is_authorized()
    {
        var check = new AdminTokenCheck("s3cret");

        Assert.That(check.IsAuthorized(new StringValues("s3cret")), Is.True);
        Assert.That(check.IsAuthorized(new StringValues("S3cret")), Is.False);
        Assert.That(check.IsAuthorized(new StringValues("s3cret ")), Is.False);
        Assert.That(check.IsAuthorized(new StringValues(["s3cret", "s3cret"])), Is.False);
    }
}
