using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

/// <summary>Spec 02 §5.2 R2–R6 and §5.4 against a real HTTP fake ACP.</summary>
public sealed class AcpResolveTests : AcpClientFixture
{
    private const string InvalidJson = "ACP resolve response body is invalid JSON";
    private const string MissingFields = "ACP resolve response missing mapping fields";

    private Task<MappingResolution> ResolveAsync(string scope = "rrs") =>
        CreateClient().ResolveAsync("tenant-acme", "sn-dev-01", scope, CancellationToken.None).AsTask();

    [Test]
    public async Task A_valid_record_is_found_with_every_field()
    {
        Acp.Respond(200, ResolveBody().ToJsonString());

        var resolution = await ResolveAsync();

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.Found));
        var mapping = resolution.Mapping!;
        Assert.Multiple(() =>
        {
            Assert.That(mapping.TenantId, Is.EqualTo("tenant-acme"));
            Assert.That(mapping.InstanceId, Is.EqualTo("sn-dev-01"));
            Assert.That(mapping.Source, Is.EqualTo("sn://acme-dev.service-now.com"));
            Assert.That(mapping.TenantState, Is.EqualTo("active"));
            Assert.That(mapping.EntitlementState, Is.EqualTo("active"));
            Assert.That(mapping.InstanceState, Is.EqualTo("active"));
            Assert.That(mapping.AllowedServices, Is.EqualTo(new[] { "reg", "rrs" }));
            Assert.That(mapping.UpdatedAt, Is.EqualTo("2026-02-26T00:00:00.000Z"));
            Assert.That(mapping.RequestedServiceScope, Is.EqualTo("rrs"));
            Assert.That(mapping.ServiceAllowed, Is.True);
            Assert.That(resolution.OutageMessage, Is.Null);
        });
    }

    [Test]
    public async Task Inactive_states_are_reported_not_refused()
    {
        var body = ResolveBody();
        body["tenant_state"] = "suspended";
        body["instance_state"] = "disabled";
        Acp.Respond(200, body.ToJsonString());

        var mapping = (await ResolveAsync()).Mapping!;

        Assert.That((mapping.TenantState, mapping.InstanceState, mapping.IsFullyActive), Is.EqualTo(("suspended", "disabled", false)));
    }

    [Test]
    public async Task Values_are_kept_untrimmed_and_services_are_not_restricted_to_known_scopes()
    {
        var body = ResolveBody();
        body["source"] = " sn://acme-dev.service-now.com ";
        body["allowed_services"] = new JsonArray("billing", " rrs");
        body["ok"] = false;
        Acp.Respond(200, body.ToJsonString());

        var resolution = await ResolveAsync();

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.Found));
        Assert.That(resolution.Mapping!.Source, Is.EqualTo(" sn://acme-dev.service-now.com "));
        Assert.That(resolution.Mapping.AllowedServices, Is.EqualTo(new[] { "billing", " rrs" }));
    }

    [Test]
    public async Task An_empty_allowed_services_array_is_valid()
    {
        var body = ResolveBody();
        body["allowed_services"] = new JsonArray();
        body.Remove("service_allowed");
        Acp.Respond(200, body.ToJsonString());

        var mapping = (await ResolveAsync()).Mapping!;

        Assert.That((mapping.AllowedServices.Count, mapping.ServiceAllowed), Is.EqualTo((0, false)));
    }

    // R6: requested_service_scope = the body's when it is reg/rrs, else the scope sent; service_allowed = the body's
    // boolean, else whether allowed_services contains that requested scope.
    [TestCase("rrs", "\"reg\"", "true", new[] { "rrs" }, "reg", true, TestName = "Body scope and flag are taken as given")]
    [TestCase("rrs", null, null, new[] { "reg", "rrs" }, "rrs", true, TestName = "Missing scope and flag fall back to the request")]
    [TestCase("rrs", null, null, new[] { "reg" }, "rrs", false, TestName = "Fallback flag is false when the scope is not allowed")]
    [TestCase("reg", "\"RRS\"", null, new[] { "reg" }, "reg", true, TestName = "An unknown body scope falls back to the scope sent")]
    [TestCase("reg", "7", "\"true\"", new[] { "rrs" }, "reg", false, TestName = "A non-boolean flag is derived from allowed_services")]
    [TestCase("rrs", "null", "null", new[] { "rrs" }, "rrs", true, TestName = "Null scope and flag fall back")]
    [TestCase("rrs", "\"reg\"", null, new[] { "reg" }, "reg", true, TestName = "The derived flag uses the body's requested scope")]
    [TestCase("rrs", null, "false", new[] { "rrs" }, "rrs", false, TestName = "A boolean flag wins over allowed_services")]
    public async Task Requested_scope_and_service_allowed_follow_R6(
        string sentScope, string? bodyScope, string? bodyAllowed, string[] allowedServices, string expectedScope, bool expectedAllowed)
    {
        var body = ResolveBody();
        body.Remove("requested_service_scope");
        body.Remove("service_allowed");
        if (bodyScope is not null)
        {
            body["requested_service_scope"] = JsonNode.Parse(bodyScope);
        }

        if (bodyAllowed is not null)
        {
            body["service_allowed"] = JsonNode.Parse(bodyAllowed);
        }

        body["allowed_services"] = new JsonArray([.. allowedServices.Select(service => (JsonNode)service)]);
        Acp.Respond(200, body.ToJsonString());

        var mapping = (await ResolveAsync(sentScope)).Mapping!;

        Assert.That((mapping.RequestedServiceScope, mapping.ServiceAllowed), Is.EqualTo((expectedScope, expectedAllowed)));
    }

    [Test]
    public async Task A_404_with_the_mapping_reason_is_not_found()
    {
        Acp.Respond(404, """{"error":"not_found","reason_code":"tenant_instance_mapping_not_found","message":"tenant/instance mapping not found"}""");

        var resolution = await ResolveAsync();

        Assert.That(resolution.Kind, Is.EqualTo(MappingResolutionKind.NotFound));
    }

    [TestCase(404, """{"error":"not_found"}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 404", TestName = "404 without reason (internal API disabled)")]
    [TestCase(404, null, "ACP request to /v1/internal/source-mapping/resolve failed with status 404", TestName = "404 without body")]
    [TestCase(404, """{"reason_code":"other"}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 404 (other)", TestName = "404 with another reason")]
    [TestCase(401, """{"error":"unauthorized"}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 401", TestName = "401")]
    [TestCase(403, """{"error":"forbidden","reason_code":"internal_auth_required"}""", "ACP internal authentication failed", TestName = "403 internal_auth_required is H1")]
    [TestCase(403, """{"error":"forbidden","reason_code":"tenant_blocked"}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 403 (tenant_blocked)", TestName = "403 with another reason is H2")]
    [TestCase(403, """{"reason_code":7}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 403", TestName = "A non-string reason is not appended")]
    [TestCase(400, """{"error":"bad_request","reason_code":"invalid_admin_request","message":"x"}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 400 (invalid_admin_request)", TestName = "400 with reason")]
    [TestCase(413, """{"error":"payload_too_large","reason_code":"request_body_too_large","max_bytes":1048576}""", "ACP request to /v1/internal/source-mapping/resolve failed with status 413 (request_body_too_large)", TestName = "413")]
    [TestCase(500, "internal error", "ACP request to /v1/internal/source-mapping/resolve failed with status 500", TestName = "500 with a text body")]
    [TestCase(503, "", "ACP request to /v1/internal/source-mapping/resolve failed with status 503", TestName = "503 with an empty body")]
    [TestCase(201, null, "ACP request to /v1/internal/source-mapping/resolve failed with status 201", TestName = "201 with a valid record")]
    [TestCase(204, null, "ACP request to /v1/internal/source-mapping/resolve failed with status 204", TestName = "204")]
    public async Task Any_other_status_is_an_outage_with_the_HTTP_message(int status, string? body, string message)
    {
        Acp.Respond(status, status == 201 ? ResolveBody().ToJsonString() : body);

        var resolution = await ResolveAsync();

        Assert.That((resolution.Kind, resolution.OutageMessage, resolution.HttpStatus),
            Is.EqualTo((MappingResolutionKind.Outage, message, (int?)status)));
    }

    [Test]
    public async Task A_redirect_is_an_outage_and_is_not_followed()
    {
        Acp.Respond(new FakeAcpResponse(302, Location: "/v1/internal/elsewhere"));

        var resolution = await ResolveAsync();

        Assert.That(resolution.OutageMessage, Is.EqualTo("ACP request to /v1/internal/source-mapping/resolve failed with status 302"));
        Assert.That(resolution.HttpStatus, Is.EqualTo(302));
        Assert.That((Acp.RequestCount, Acp.LastPath), Is.EqualTo((1, ResolvePath)));
    }

    [TestCase("{not json", InvalidJson, TestName = "Invalid JSON is R4")]
    [TestCase("[]", InvalidJson, TestName = "An array is R4")]
    [TestCase("null", InvalidJson, TestName = "null is R4")]
    [TestCase("\"text\"", InvalidJson, TestName = "A string is R4")]
    [TestCase("42", InvalidJson, TestName = "A number is R4")]
    [TestCase("{\"a\":1,}", InvalidJson, TestName = "A trailing comma is R4")]
    [TestCase(null, MissingFields, TestName = "No body counts as an empty object (R5)")]
    [TestCase("", MissingFields, TestName = "An empty body counts as an empty object (R5)")]
    [TestCase(" \r\n\t ", MissingFields, TestName = "A whitespace body counts as an empty object (R5)")]
    [TestCase("{}", MissingFields, TestName = "An empty object is R5")]
    [TestCase("""{"ok":true}""", MissingFields, TestName = "ok alone is R5")]
    public async Task A_200_without_a_valid_record_is_an_outage(string? body, string message)
    {
        Acp.Respond(200, body);

        var resolution = await ResolveAsync();

        Assert.That((resolution.Kind, resolution.OutageMessage, resolution.HttpStatus),
            Is.EqualTo((MappingResolutionKind.Outage, message, (int?)200)));
    }

    /// <summary>Spec 02 §5.4, one violation per case (JSON of the replacement value; null removes the field).</summary>
    public static IEnumerable<TestCaseData> RecordViolations()
    {
        foreach (var field in new[] { "tenant_id", "instance_id", "source", "updated_at" })
        {
            foreach (var value in new[] { null, "null", "\"\"", "\" \\t\\n\"", "\"\\u00a0\\ufeff\"", "5", "true", "[\"x\"]", "{}" })
            {
                yield return new TestCaseData(field, value).SetName($"{field} = {value ?? "missing"}");
            }
        }

        foreach (var field in new[] { "tenant_state", "entitlement_state", "instance_state" })
        {
            foreach (var value in new[] { null, "null", "\"\"", "\"Active\"", "\" active\"", "\"paused\"", "1" })
            {
                yield return new TestCaseData(field, value).SetName($"{field} = {value ?? "missing"}");
            }
        }

        foreach (var value in new[] { null, "null", "\"rrs\"", "{}", "[1]", "[\"rrs\",null]", "[\"\"]", "[\" \"]", "[[\"rrs\"]]" })
        {
            yield return new TestCaseData("allowed_services", value).SetName($"allowed_services = {value ?? "missing"}");
        }
    }

    [TestCaseSource(nameof(RecordViolations))]
    public async Task A_record_field_violation_is_R5(string field, string? value)
    {
        var body = ResolveBody();
        body.Remove(field);
        if (value is not null)
        {
            body[field] = JsonNode.Parse(value);
        }

        Acp.Respond(200, body.ToJsonString());

        var resolution = await ResolveAsync();

        Assert.That((resolution.Kind, resolution.OutageMessage), Is.EqualTo((MappingResolutionKind.Outage, MissingFields)));
    }
}
