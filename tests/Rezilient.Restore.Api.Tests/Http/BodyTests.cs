using System.Text;
using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Http;

/// <summary>Spec 01 §7 and decision P1, on a body-reading route (staging mode), with a 64-byte cap.</summary>
public sealed class BodyTests : ApiTestBase
{
    private const string Route = "/v1/admin/ops/staging-mode";

    protected override IReadOnlyDictionary<string, string?> EnvironmentOverrides =>
        new Dictionary<string, string?> { ["RRS_MAX_JSON_BODY_BYTES"] = "64" };

    [Test]
    public async Task A_body_one_byte_over_the_cap_is_413_and_changes_nothing()
    {
        var body = PadTo("""{"enabled":true,"actor":"ops"}""", 65);

        var response = await AdminPostAsync(Route, body);

        Assert.That(response.Status, Is.EqualTo(413));
        Assert.That(response.Compact, Is.EqualTo(
            """{"error":"payload_too_large","reason_code":"request_body_too_large","message":"request body exceeded max of 64 bytes"}"""));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_admin_settings"), Is.Zero);
    }

    [Test]
    public async Task A_body_of_exactly_the_cap_is_accepted()
    {
        var response = await AdminPostAsync(Route, PadTo("""{"enabled":true,"actor":"ops"}""", 64));

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task An_oversized_body_is_413_before_it_is_parsed()
    {
        var response = await AdminPostAsync(Route, new string('{', 200));

        Assert.That(response.Status, Is.EqualTo(413));
    }

    [TestCase("{")]
    [TestCase("{\"enabled\":tru}")]
    [TestCase("{'enabled':true}")]
    [TestCase("{\"a\":1,}")]
    public async Task Malformed_json_is_400_bad_request(string body)
    {
        var response = await AdminPostAsync(Route, body);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Compact, Is.EqualTo("""{"error":"bad_request","message":"malformed JSON in request body"}"""));
    }

    [Test]
    public async Task A_leading_byte_order_mark_is_malformed_json()
    {
        var request = Request(HttpMethod.Post, Route, adminToken: RestoreApiFactory.AdminToken);
        request.Content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("""{"enabled":true,"actor":"a"}""")]);

        var response = await SendAsync(request);

        Assert.That(response.Compact, Is.EqualTo("""{"error":"bad_request","message":"malformed JSON in request body"}"""));
    }

    [Test]
    public async Task Invalid_utf8_is_malformed_json()
    {
        var request = Request(HttpMethod.Post, Route, adminToken: RestoreApiFactory.AdminToken);
        request.Content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        var response = await SendAsync(request);

        Assert.That(response.Compact, Is.EqualTo("""{"error":"bad_request","message":"malformed JSON in request body"}"""));
    }

    [TestCase("null")]
    [TestCase("42")]
    [TestCase("\"text\"")]
    [TestCase("true")]
    public async Task A_json_scalar_is_400_not_500(string body)
    {
        var response = await AdminPostAsync(Route, body);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Compact, Is.EqualTo("""{"error":"bad_request","message":"request body must be a JSON object"}"""));
    }

    [Test]
    public async Task An_array_goes_to_endpoint_validation()
    {
        var response = await AdminPostAsync(Route, "[]");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Compact, Is.EqualTo("""{"error":"invalid_request","message":"enabled must be a boolean"}"""));
    }

    [TestCase("")]
    [TestCase("  \n\t ")]
    public async Task An_empty_body_is_an_empty_object(string body)
    {
        var response = await AdminPostAsync(Route, body);

        Assert.That(response.Compact, Is.EqualTo("""{"error":"invalid_request","message":"enabled must be a boolean"}"""));
    }

    [Test]
    public async Task Content_type_is_not_consulted()
    {
        var request = Request(HttpMethod.Post, Route, adminToken: RestoreApiFactory.AdminToken);
        request.Content = new StringContent("""{"enabled":true,"actor":"ops"}""", Encoding.UTF8, "text/plain");

        var response = await SendAsync(request);

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Admin_auth_is_decided_before_the_body_is_read()
    {
        var response = await SendAsync(Request(HttpMethod.Post, Route, new string('x', 500)));

        Assert.That(response.Status, Is.EqualTo(403));
    }

    private static string PadTo(string json, int length) => json + new string(' ', length - Encoding.UTF8.GetByteCount(json));
}
