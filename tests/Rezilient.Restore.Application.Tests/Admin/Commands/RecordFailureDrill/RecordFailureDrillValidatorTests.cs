using Rezilient.Restore.Application.Admin.Commands.RecordFailureDrill;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Application.Tests.Admin.Commands.RecordFailureDrill;

public sealed class RecordFailureDrillValidatorTests
{
    private const string DrillIdMessage = "drill_id must be a non-empty string";
    private const string StatusMessage = "status must be a non-empty string";
    private const string ActorMessage = "actor must be a non-empty string";
    private const string NotesMessage = "notes must be a string when provided";
    private const string UnknownDrillMessage = "unknown drill_id";
    private const string StatusVocabularyMessage = "status must be pending, pass/passed, or fail/failed";

    private static readonly RecordFailureDrillValidator Validator = new();

    private static string? FirstMessage(string json)
    {
        var outcome = Validator.Validate(
            new Application.Admin.Commands.RecordFailureDrill.RecordFailureDrill(JsonBody.Parse(json)));
        return outcome.IsValid ? null : outcome.Errors[0].ErrorMessage;
    }

    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"ops"}""")]
    [TestCase("""{"drill_id":"crash_resume","status":"pending","actor":"ops","notes":"rehearsed"}""")]
    [TestCase("""{"drill_id":" sidecar_lag ","status":" pass ","actor":" ops "}""")]
    [TestCase("""{"drill_id":"pg_saturation","status":"fail","actor":"ops","notes":""}""")]
    [TestCase("""{"drill_id":"evidence_audit_export","status":"failed","actor":"ops","notes":"   "}""")]
    public void A_complete_body_is_valid(string json)
    {
        Assert.That(FirstMessage(json), Is.Null);
    }

    [TestCase("""{"status":"passed","actor":"ops"}""")]
    [TestCase("""{"drill_id":"","status":"passed","actor":"ops"}""")]
    [TestCase("""{"drill_id":"  ","status":"passed","actor":"ops"}""")]
    [TestCase("""{"drill_id":null,"status":"passed","actor":"ops"}""")]
    [TestCase("""{"drill_id":3,"status":"passed","actor":"ops"}""")]
    public void Rule_1_drill_id_must_be_a_non_empty_string(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo(DrillIdMessage));
    }

    [TestCase("""{"drill_id":"auth_outage","actor":"ops"}""")]
    [TestCase("""{"drill_id":"auth_outage","status":" ","actor":"ops"}""")]
    [TestCase("""{"drill_id":"auth_outage","status":true,"actor":"ops"}""")]
    public void Rule_2_status_must_be_a_non_empty_string(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo(StatusMessage));
    }

    [TestCase("""{"drill_id":"auth_outage","status":"passed"}""")]
    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"\t "}""")]
    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":{}}""")]
    public void Rule_3_actor_must_be_a_non_empty_string(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo(ActorMessage));
    }

    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":null}""")]
    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":12}""")]
    [TestCase("""{"drill_id":"auth_outage","status":"passed","actor":"ops","notes":["a"]}""")]
    public void Rule_4_notes_when_present_must_be_a_string(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo(NotesMessage));
    }

    [Test]
    public void Absent_notes_are_valid()
    {
        Assert.That(FirstMessage("""{"drill_id":"auth_outage","status":"passed","actor":"ops"}"""), Is.Null);
    }

    [TestCase("unknown_drill")]
    [TestCase("AUTH_OUTAGE")]
    [TestCase("auth-outage")]
    public void Rule_5_the_trimmed_drill_id_must_be_a_required_drill(string drillId)
    {
        Assert.That(FirstMessage($$"""{"drill_id":"{{drillId}}","status":"passed","actor":"ops"}"""),
            Is.EqualTo(UnknownDrillMessage));
    }

    [TestCase("PASSED")]
    [TestCase("Pass")]
    [TestCase("ok")]
    [TestCase("done")]
    public void Rule_6_the_trimmed_status_must_be_in_the_case_sensitive_vocabulary(string status)
    {
        Assert.That(FirstMessage($$"""{"drill_id":"auth_outage","status":"{{status}}","actor":"ops"}"""),
            Is.EqualTo(StatusVocabularyMessage));
    }

    [Test]
    public void Status_is_checked_before_actor()
    {
        Assert.That(FirstMessage("""{"drill_id":"auth_outage"}"""), Is.EqualTo(StatusMessage));
    }

    [Test]
    public void Drill_id_is_checked_before_everything_else()
    {
        Assert.That(FirstMessage("""{"notes":null}"""), Is.EqualTo(DrillIdMessage));
    }

    [Test]
    public void Actor_is_checked_before_notes()
    {
        Assert.That(FirstMessage("""{"drill_id":"auth_outage","status":"passed","notes":null}"""),
            Is.EqualTo(ActorMessage));
    }

    [Test]
    public void Notes_are_checked_before_the_drill_id_vocabulary()
    {
        Assert.That(FirstMessage("""{"drill_id":"nope","status":"PASSED","actor":"ops","notes":null}"""),
            Is.EqualTo(NotesMessage));
    }

    [Test]
    public void An_unknown_drill_id_is_reported_before_an_unknown_status()
    {
        Assert.That(FirstMessage("""{"drill_id":"nope","status":"PASSED","actor":"ops"}"""),
            Is.EqualTo(UnknownDrillMessage));
    }

    [Test]
    public void Only_the_first_failure_is_reported()
    {
        var outcome = Validator.Validate(new Application.Admin.Commands.RecordFailureDrill.RecordFailureDrill(
            JsonBody.Parse("""{"drill_id":"nope","status":"PASSED","actor":" ","notes":null}""")));

        Assert.That(outcome.Errors, Has.Count.EqualTo(1));
        Assert.That(outcome.Errors[0].ErrorMessage, Is.EqualTo(ActorMessage));
    }

    [Test]
    public void An_array_body_fails_the_first_rule()
    {
        Assert.That(FirstMessage("""[{"drill_id":"auth_outage","status":"passed","actor":"ops"}]"""),
            Is.EqualTo(DrillIdMessage));
    }
}
