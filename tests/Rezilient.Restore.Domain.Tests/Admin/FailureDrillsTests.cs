using Rezilient.Restore.Domain.Admin;

namespace Rezilient.Restore.Domain.Tests.Admin;

public sealed class FailureDrillsTests
{
    [Test]
    public void The_required_drills_are_the_six_of_the_spec_in_order()
    {
        Assert.That(FailureDrills.Required, Is.EqualTo(new[]
        {
            "auth_outage", "sidecar_lag", "pg_saturation", "entitlement_disable", "crash_resume",
            "evidence_audit_export",
        }));
    }

    [Test]
    public void The_status_vocabulary_is_pending_passed_failed()
    {
        Assert.That(FailureDrills.Pending, Is.EqualTo("pending"));
        Assert.That(FailureDrills.Passed, Is.EqualTo("passed"));
        Assert.That(FailureDrills.Failed, Is.EqualTo("failed"));
    }

    [TestCase("pending", "pending")]
    [TestCase("pass", "passed")]
    [TestCase("passed", "passed")]
    [TestCase("fail", "failed")]
    [TestCase("failed", "failed")]
    public void A_known_status_normalizes_to_its_stored_form(string submitted, string expected)
    {
        Assert.That(FailureDrills.NormalizeStatus(submitted), Is.EqualTo(expected));
    }

    [TestCase("PASSED")]
    [TestCase("Pass")]
    [TestCase("Pending")]
    [TestCase("FAIL")]
    [TestCase(" passed")]
    [TestCase("passed ")]
    [TestCase("")]
    [TestCase("ok")]
    [TestCase("failure")]
    [TestCase("skipped")]
    public void Anything_else_is_not_a_status(string submitted)
    {
        Assert.That(FailureDrills.NormalizeStatus(submitted), Is.Null);
    }

    [TestCase("auth_outage")]
    [TestCase("sidecar_lag")]
    [TestCase("pg_saturation")]
    [TestCase("entitlement_disable")]
    [TestCase("crash_resume")]
    [TestCase("evidence_audit_export")]
    public void Each_required_drill_is_recognized(string drillId)
    {
        Assert.That(FailureDrills.IsRequired(drillId), Is.True);
    }

    [TestCase("AUTH_OUTAGE")]
    [TestCase("Auth_outage")]
    [TestCase(" auth_outage")]
    [TestCase("auth_outage ")]
    [TestCase("auth-outage")]
    [TestCase("")]
    [TestCase("unknown_drill")]
    public void Drill_ids_match_exactly_and_case_sensitively(string drillId)
    {
        Assert.That(FailureDrills.IsRequired(drillId), Is.False);
    }
}
