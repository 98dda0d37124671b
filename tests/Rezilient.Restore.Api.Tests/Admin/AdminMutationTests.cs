using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Admin;

/// <summary>Spec 01 §6.3 / spec 07 §8 over HTTP, with the rows they leave (decision A1: persisted).</summary>
public sealed class AdminMutationTests : ApiTestBase
{
    [Test]
    public async Task Staging_mode_is_set_with_trimmed_actor_and_the_clock_time()
    {
        var response = await AdminPostAsync("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"  ops@example.com ","x":1}""");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Compact, Is.EqualTo(
            """{"staging_mode":{"enabled":true,"updated_at":"2026-02-16T12:00:00.000Z","updated_by":"ops@example.com"}}"""));
        Assert.That(await Database.ScalarAsync<string>(
            "SELECT updated_by FROM rez_restore_index.restore_admin_settings WHERE setting_key = 'staging_mode' AND enabled"),
            Is.EqualTo("ops@example.com"));
    }

    [Test]
    public async Task Next_line_is_not_whitespace_for_the_reference_so_it_is_an_actor()
    {
        var response = await AdminPostAsync("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"\u0085"}""");

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_second_change_overwrites_the_first()
    {
        await AdminPostAsync("/v1/admin/ops/runbooks-signoff", """{"signed_off":true,"actor":"a"}""");
        Factory.Clock.Advance(TimeSpan.FromSeconds(1.5));

        var response = await AdminPostAsync("/v1/admin/ops/runbooks-signoff", """{"signed_off":false,"actor":"b"}""");

        Assert.That(response.Compact, Is.EqualTo(
            """{"runbooks":{"signed_off":false,"updated_at":"2026-02-16T12:00:01.500Z","updated_by":"b"}}"""));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM rez_restore_index.restore_admin_settings"), Is.EqualTo(1));
    }

    [TestCase("pass", "passed")]
    [TestCase("passed", "passed")]
    [TestCase("fail", "failed")]
    [TestCase("pending", "pending")]
    public async Task Drill_status_is_normalized(string sent, string stored)
    {
        var response = await AdminPostAsync("/v1/admin/ops/failure-drills",
            $$"""{"drill_id":" crash_resume ","status":"{{sent}}","actor":"ops","notes":"  kept as sent "}""");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Compact, Is.EqualTo(
            $$$"""{"drill":{"drill_id":"crash_resume","status":"{{{stored}}}","notes":"  kept as sent ","updated_at":"2026-02-16T12:00:00.000Z","updated_by":"ops"}}"""));
    }

    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":""}""")]
    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"ops"}""")]
    public async Task Empty_or_absent_notes_are_null(string body)
    {
        var response = await AdminPostAsync("/v1/admin/ops/failure-drills", body);

        Assert.That(response.Json["drill"]!["notes"], Is.Null);
        Assert.That(response.Json["drill"]!.AsObject().ContainsKey("notes"), Is.True, "notes is an explicit null");
        Assert.That(await Database.ScalarAsync<long>(
            "SELECT count(*) FROM rez_restore_index.restore_admin_failure_drills WHERE notes IS NULL"), Is.EqualTo(1));
    }

    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":"true","actor":"ops"}""", "enabled must be a boolean")]
    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":1,"actor":"ops"}""", "enabled must be a boolean")]
    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"   "}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":true}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/runbooks-signoff", """{"signed_off":null,"actor":"ops"}""", "signed_off must be a boolean")]
    [TestCase("/v1/admin/ops/runbooks-signoff", """{"signed_off":false,"actor":7}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/failure-drills", """{"status":"passed","actor":"ops"}""", "drill_id must be a non-empty string")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"x","actor":"ops"}""", "status must be a non-empty string")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"x","status":"y"}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"x","status":"y","actor":"a","notes":null}""", "notes must be a string when provided")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"x","status":"y","actor":"a","notes":3}""", "notes must be a string when provided")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"Auth_Outage","status":"y","actor":"a"}""", "unknown drill_id")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"auth_outage","status":"PASSED","actor":"a"}""", "status must be pending, pass/passed, or fail/failed")]
    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"a\u0000b"}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"\ufeff"}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/staging-mode", """{"enabled":true,"actor":"\ud800"}""", "actor must be a non-empty string")]
    [TestCase("/v1/admin/ops/failure-drills", """{"drill_id":"auth_outage","status":"passed","actor":"a","notes":"x\u0000"}""", "notes must be a string when provided")]
    public async Task Invalid_bodies_are_rejected_in_spec_order_and_change_nothing(string route, string body, string message)
    {
        var response = await AdminPostAsync(route, body);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Compact, Is.EqualTo($$"""{"error":"invalid_request","message":"{{message}}"}"""));
        Assert.That(await Database.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM rez_restore_index.restore_admin_settings) + (SELECT count(*) FROM rez_restore_index.restore_admin_failure_drills)"),
            Is.Zero);
    }
}
