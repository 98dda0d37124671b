using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Scope;
using Rezilient.Restore.TestSupport;

namespace Rezilient.Restore.Infrastructure.Tests.SourceMappings;

/// <summary>Spec 02 §5.3 LS2–LS6 and the filter body, against a real HTTP fake ACP.</summary>
public sealed class AcpListTests : AcpClientFixture
{
    private Task<MappingListResult> ListAsync(MappingListFilter? filter = null) =>
        CreateClient().ListAsync(filter ?? new MappingListFilter(), CancellationToken.None).AsTask();

    private static string ListBody(params JsonNode?[] records) =>
        new JsonObject { ["ok"] = true, ["source_mappings"] = new JsonArray(records) }.ToJsonString();

    [Test]
    public async Task A_valid_list_is_returned_in_ACP_order()
    {
        var second = ListRecord("sn-b");
        second["allowed_services"] = new JsonArray();
        second["tenant_state"] = "suspended";
        Acp.Respond(200, ListBody(ListRecord("sn-c"), second, ListRecord("sn-a")));

        var result = await ListAsync();

        Assert.That(result.IsOutage, Is.False);
        Assert.That(result.Mappings!.Select(mapping => mapping.InstanceId), Is.EqualTo(new[] { "sn-c", "sn-b", "sn-a" }));
        var mapping = result.Mappings![1];
        Assert.Multiple(() =>
        {
            Assert.That(mapping.Source, Is.EqualTo("sn://sn-b.service-now.com"));
            Assert.That(mapping.TenantState, Is.EqualTo("suspended"));
            Assert.That(mapping.AllowedServices, Is.Empty);
            Assert.That(mapping.RequestedServiceScope, Is.Null);
            Assert.That(mapping.ServiceAllowed, Is.Null);
        });
    }

    [Test]
    public async Task An_empty_list_is_ok()
    {
        Acp.Respond(200, """{"source_mappings":[]}""");

        var result = await ListAsync();

        Assert.That((result.IsOutage, result.Mappings!.Count), Is.EqualTo((false, 0)));
    }

    [Test]
    public async Task Unset_filters_are_omitted_from_the_request()
    {
        Acp.Respond(200, ListBody());

        await ListAsync();
        Assert.That(Acp.LastBody, Is.EqualTo("{}"));

        await ListAsync(new MappingListFilter(InstanceId: "sn-dev-01", EntitlementState: "suspended"));
        Assert.That(Acp.LastBody, Is.EqualTo("""{"instance_id":"sn-dev-01","entitlement_state":"suspended"}"""));
        Assert.That((Acp.LastMethod, Acp.LastPath), Is.EqualTo(("POST", ListPath)));
    }

    [Test]
    public async Task Every_set_filter_is_sent_as_given()
    {
        Acp.Respond(200, ListBody());

        await ListAsync(new MappingListFilter(" tenant-acme", "sn-dev-01", "reg", "active", "disabled", "suspended"));

        Assert.That(Acp.LastBody, Is.EqualTo(
            """{"tenant_id":" tenant-acme","instance_id":"sn-dev-01","service_scope":"reg","tenant_state":"active","entitlement_state":"disabled","instance_state":"suspended"}"""));
    }

    [Test]
    public async Task The_dashboard_filter_is_sent_as_spec_02_section_7()
    {
        Acp.Respond(200, ListBody());

        await ListAsync(MappingListFilter.ActiveRestoreEnabled);

        Assert.That(Acp.LastBody, Is.EqualTo(
            """{"service_scope":"rrs","tenant_state":"active","entitlement_state":"active","instance_state":"active"}"""));
    }

    [TestCase(500, null, "ACP request to /v1/internal/source-mappings/list failed with status 500", TestName = "List 500")]
    [TestCase(404, """{"error":"not_found","reason_code":"tenant_instance_mapping_not_found"}""", "ACP request to /v1/internal/source-mappings/list failed with status 404 (tenant_instance_mapping_not_found)", TestName = "List has no not-found case")]
    [TestCase(403, """{"error":"forbidden","reason_code":"internal_auth_required"}""", "ACP internal authentication failed", TestName = "List 403 internal_auth_required is H1")]
    [TestCase(400, """{"error":"bad_request","reason_code":"invalid_admin_request"}""", "ACP request to /v1/internal/source-mappings/list failed with status 400 (invalid_admin_request)", TestName = "List 400")]
    [TestCase(204, null, "ACP request to /v1/internal/source-mappings/list failed with status 204", TestName = "List 204")]
    [TestCase(301, null, "ACP request to /v1/internal/source-mappings/list failed with status 301", TestName = "List 301")]
    public async Task Any_status_but_200_is_an_outage(int status, string? body, string message)
    {
        Acp.Respond(new FakeAcpResponse(status, body, Location: status == 301 ? "/elsewhere" : null));

        var result = await ListAsync();

        Assert.That((result.IsOutage, result.OutageMessage, result.HttpStatus), Is.EqualTo((true, message, (int?)status)));
        Assert.That(result.Mappings, Is.Null);
        Assert.That(Acp.RequestCount, Is.EqualTo(1));
    }

    [TestCase("{oops", "ACP list response body is invalid JSON", TestName = "LS3 invalid JSON")]
    [TestCase("[]", "ACP list response body is invalid JSON", TestName = "LS3 array")]
    [TestCase("null", "ACP list response body is invalid JSON", TestName = "LS3 null")]
    [TestCase("", "ACP list response missing source_mappings array", TestName = "LS4 empty body")]
    [TestCase("""{"ok":true}""", "ACP list response missing source_mappings array", TestName = "LS4 missing")]
    [TestCase("""{"source_mappings":null}""", "ACP list response missing source_mappings array", TestName = "LS4 null")]
    [TestCase("""{"source_mappings":{}}""", "ACP list response missing source_mappings array", TestName = "LS4 object")]
    [TestCase("""{"source_mappings":"[]"}""", "ACP list response missing source_mappings array", TestName = "LS4 string")]
    [TestCase("""{"source_mappings":[null]}""", "ACP list response contains invalid mapping record", TestName = "LS5 null element")]
    [TestCase("""{"source_mappings":[[]]}""", "ACP list response contains invalid mapping record", TestName = "LS5 array element")]
    [TestCase("""{"source_mappings":[{}]}""", "ACP list response contains invalid mapping record", TestName = "LS5 empty record")]
    public async Task A_200_without_a_valid_list_is_an_outage(string body, string message)
    {
        Acp.Respond(200, body);

        var result = await ListAsync();

        Assert.That((result.IsOutage, result.OutageMessage, result.HttpStatus), Is.EqualTo((true, message, (int?)200)));
    }

    [Test]
    public async Task One_invalid_record_rejects_the_whole_list()
    {
        var broken = ListRecord("sn-b");
        broken["instance_state"] = "paused";
        Acp.Respond(200, ListBody(ListRecord("sn-a"), broken, ListRecord("sn-c")));

        var result = await ListAsync();

        Assert.That((result.OutageMessage, result.Mappings), Is.EqualTo(("ACP list response contains invalid mapping record", (IReadOnlyList<CanonicalMapping>?)null)));
    }
}
