using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Swagger;

/// <summary>Other services generate their client from this document, so it must be complete.</summary>
public sealed class SwaggerDocumentTests : ApiTestBase
{
    private JsonObject document = null!;

    [SetUp]
    public async Task LoadDocument()
    {
        var response = await SendAsync(Request(HttpMethod.Get, "/swagger/v1/swagger.json"));
        Assert.That(response.Status, Is.EqualTo(200), "the document is served without a token");
        document = response.Json;
    }

    [Test]
    public void Both_security_schemes_are_declared()
    {
        var schemes = document["components"]!["securitySchemes"]!.AsObject();

        Assert.That(schemes["bearer"]!["type"]!.GetValue<string>(), Is.EqualTo("http"));
        Assert.That(schemes["bearer"]!["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
        Assert.That(schemes["admin_token"]!["type"]!.GetValue<string>(), Is.EqualTo("apiKey"));
        Assert.That(schemes["admin_token"]!["name"]!.GetValue<string>(), Is.EqualTo("x-rezilient-admin-token"));
    }

    [Test]
    public void Every_routed_endpoint_is_documented()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.StartsWith('/') ? e.RoutePattern.RawText : "/" + e.RoutePattern.RawText)
            .ToHashSet();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.That(routes, Is.Not.Empty);
        Assert.That(paths, Is.EquivalentTo(routes));
    }

    [TestCase("/v1/admin/ops/staging-mode", "admin_token", new[] { "200", "400", "403", "404", "413", "500" })]
    [TestCase("/v1/admin/ops/runbooks-signoff", "admin_token", new[] { "200", "400", "403", "404", "413", "500" })]
    [TestCase("/v1/admin/ops/failure-drills", "admin_token", new[] { "200", "400", "403", "404", "413", "500" })]
    public void Body_routes_document_every_status_with_the_envelope(string path, string scheme, string[] statuses)
    {
        var operation = document["paths"]![path]!["post"]!.AsObject();

        Assert.That(operation["responses"]!.AsObject().Select(r => r.Key), Is.EquivalentTo(statuses));
        foreach (var status in statuses.Where(s => s != "200"))
        {
            Assert.That(operation["responses"]![status]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>(),
                Is.EqualTo("#/components/schemas/ErrorEnvelope"), status);
        }

        Assert.That(operation["security"]![0]!.AsObject().Select(s => s.Key), Is.EquivalentTo(new[] { scheme }));
        Assert.That(operation["requestBody"]!["required"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public void Health_is_open_and_readiness_documents_its_503()
    {
        var live = document["paths"]!["/v1/health"]!["get"]!.AsObject();
        var ready = document["paths"]!["/health/ready"]!["get"]!.AsObject();

        Assert.That(live.ContainsKey("security"), Is.False);
        Assert.That(ready["responses"]!.AsObject().Select(r => r.Key), Is.EquivalentTo(new[] { "200", "503" }));
    }

    [Test]
    public void Schemas_use_snake_case_wire_names()
    {
        var schemas = document["components"]!["schemas"]!.AsObject();

        Assert.That(schemas["SetStagingModeResponse"]!["properties"]!.AsObject().Select(p => p.Key),
            Is.EquivalentTo(new[] { "staging_mode" }));
        Assert.That(schemas["StagingModeView"]!["properties"]!.AsObject().Select(p => p.Key),
            Is.EquivalentTo(new[] { "enabled", "updated_at", "updated_by" }));
        Assert.That(schemas["FailureDrillRequest"]!["properties"]!.AsObject().Select(p => p.Key),
            Is.EquivalentTo(new[] { "drill_id", "status", "actor", "notes" }));
        Assert.That(schemas["ErrorEnvelope"]!["properties"]!.AsObject().Select(p => p.Key),
            Is.EquivalentTo(new[] { "error", "reason_code", "dependency", "message" }));
    }

    [Test]
    public void Omitted_members_are_optional_and_not_nullable_while_always_present_ones_are_required_and_nullable()
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var request = schemas["DryRunPlanRequest"]!.AsObject();
        var job = schemas["RestoreJobRecordDocument"]!.AsObject();
        var envelope = schemas["ErrorEnvelope"]!.AsObject();

        Assert.That(request["properties"]!["conflicts"]!.AsObject().ContainsKey("nullable"), Is.False);
        Assert.That(request["required"]!.AsArray().Select(n => n!.GetValue<string>()), Does.Not.Contain("conflicts"));
        Assert.That(envelope["properties"]!["reason_code"]!.AsObject().ContainsKey("nullable"), Is.False);
        Assert.That(job["properties"]!["queue_position"]!["nullable"]!.GetValue<bool>(), Is.True);
        Assert.That(job["required"]!.AsArray().Select(n => n!.GetValue<string>()),
            Is.SupersetOf(new[] { "queue_position", "wait_reason_code", "started_at", "completed_at" }));
    }
}
