using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Pipeline;

/// <summary>Every command leaves a request-audit row — also when it is rejected — and queries leave none.</summary>
public sealed class AuditTrailTests : ApiTestBase
{
    [Test]
    public async Task A_successful_command_leaves_a_succeeded_row()
    {
        await AdminPostAsync("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"ops"}""");

        Assert.That(await Database.ScalarAsync<string>(
            "SELECT request_type || '|' || actor || '|' || outcome || '|' || status_code FROM rez_restore_index.restore_request_audit"),
            Is.EqualTo("SetStagingMode|admin|succeeded|200"));
    }

    [Test]
    public async Task A_rejected_command_leaves_a_rejected_row_with_its_error()
    {
        await AdminPostAsync("/v1/admin/ops/failure-drills", """{"drill_id":"nope","status":"passed","actor":"ops"}""");

        Assert.That(await Database.ScalarAsync<string>(
            "SELECT outcome || '|' || status_code || '|' || error FROM rez_restore_index.restore_request_audit WHERE request_type = 'RecordFailureDrill'"),
            Is.EqualTo("rejected|400|invalid_request"));
    }

    [Test]
    public async Task Requests_refused_before_the_pipeline_and_queries_leave_no_row()
    {
        await SendAsync(Request(HttpMethod.Post, "/v1/admin/ops/staging-mode", "{}", adminToken: "wrong"));
        await SendAsync(Request(HttpMethod.Get, "/health/ready"));

        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_request_audit"), Is.Zero);
    }
}
