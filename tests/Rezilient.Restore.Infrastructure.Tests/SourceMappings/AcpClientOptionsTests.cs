using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Infrastructure.SourceMappings;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

public sealed class AcpClientOptionsTests
{
    private static readonly Uri BaseUrl = new("http://127.0.0.1:3010");

    private static IEnumerable<TestCaseData> InvalidOptions()
    {
        yield return new TestCaseData(new AcpClientOptions(null!, "token", 2000), "baseUrl is required").SetName("Missing base URL");
        yield return new TestCaseData(new AcpClientOptions(new Uri("acp/internal", UriKind.Relative), "token", 2000),
            "baseUrl must be a valid URL").SetName("Relative base URL");
        yield return new TestCaseData(new AcpClientOptions(new Uri("ftp://acp.example/"), "token", 2000),
            "baseUrl must be a valid URL").SetName("Base URL that is not http or https");
        yield return new TestCaseData(new AcpClientOptions(BaseUrl, "", 2000), "internalToken is required").SetName("Empty token");
        yield return new TestCaseData(new AcpClientOptions(BaseUrl, "  ", 2000), "internalToken is required").SetName("Blank token");
        yield return new TestCaseData(new AcpClientOptions(BaseUrl, null!, 2000), "internalToken is required").SetName("Missing token");
        yield return new TestCaseData(new AcpClientOptions(BaseUrl, "token", 0), "timeoutMs must be a positive integer").SetName("Zero timeout");
        yield return new TestCaseData(new AcpClientOptions(BaseUrl, "token", -5), "timeoutMs must be a positive integer").SetName("Negative timeout");
        yield return new TestCaseData(new AcpClientOptions(BaseUrl, "token", 2000, "RRS"),
            "defaultServiceScope must be one of: reg, rrs").SetName("Unknown default scope");
    }

    [TestCaseSource(nameof(InvalidOptions))]
    public void Validate_rejects_invalid_settings_with_the_spec_message(AcpClientOptions options, string message) =>
        Assert.That(options.Validate, Throws.TypeOf<StartupConfigurationException>().With.Message.EqualTo(message));

    [TestCaseSource(nameof(InvalidOptions))]
    public void Constructing_the_client_runs_the_same_checks(AcpClientOptions options, string message)
    {
        using var http = new HttpClient();
        Assert.That(() => new AcpSourceMappingClient(http, options),
            Throws.TypeOf<StartupConfigurationException>().With.Message.EqualTo(message));
    }

    [TestCase("http://127.0.0.1:3010", "rrs")]
    [TestCase("https://acp.example/acp/", "reg")]
    public void Validate_accepts_valid_settings(string baseUrl, string scope) =>
        Assert.That(new AcpClientOptions(new Uri(baseUrl), "token", 1, scope).Validate, Throws.Nothing);

    [Test]
    public void The_default_service_scope_is_rrs() =>
        Assert.That(new AcpClientOptions(BaseUrl, "token", 2000).DefaultServiceScope, Is.EqualTo("rrs"));

    [Test]
    public void The_handler_neither_follows_redirects_nor_uses_a_proxy()
    {
        using var handler = AcpSourceMappingClient.CreateHandler();
        Assert.Multiple(() =>
        {
            Assert.That(handler.AllowAutoRedirect, Is.False);
            Assert.That(handler.UseProxy, Is.False);
        });
    }
}
