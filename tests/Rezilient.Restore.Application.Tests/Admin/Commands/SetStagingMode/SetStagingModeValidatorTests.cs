using Rezilient.Restore.Application.Admin.Commands.SetStagingMode;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Application.Tests.Admin.Commands.SetStagingMode;

public sealed class SetStagingModeValidatorTests
{
    private static readonly SetStagingModeValidator Validator = new();

    private static string? FirstMessage(string json)
    {
        var outcome = Validator.Validate(new Application.Admin.Commands.SetStagingMode.SetStagingMode(JsonBody.Parse(json)));
        return outcome.IsValid ? null : outcome.Errors[0].ErrorMessage;
    }

    [TestCase("""{"enabled":true,"actor":"ops@example.com"}""")]
    [TestCase("""{"enabled":false,"actor":"  ops  "}""")]
    [TestCase("""{"enabled":true,"actor":"ops","other":1}""")]
    public void A_boolean_and_a_non_empty_actor_are_valid(string json)
    {
        Assert.That(FirstMessage(json), Is.Null);
    }

    [TestCase("""{"actor":"ops"}""")]
    [TestCase("""{"enabled":"true","actor":"ops"}""")]
    [TestCase("""{"enabled":1,"actor":"ops"}""")]
    [TestCase("""{"enabled":null,"actor":"ops"}""")]
    public void Enabled_must_be_a_json_boolean(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo("enabled must be a boolean"));
    }

    [TestCase("""{"enabled":true}""")]
    [TestCase("""{"enabled":true,"actor":""}""")]
    [TestCase("""{"enabled":true,"actor":"   "}""")]
    [TestCase("""{"enabled":true,"actor":null}""")]
    [TestCase("""{"enabled":true,"actor":7}""")]
    public void Actor_must_be_a_non_empty_string(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo("actor must be a non-empty string"));
    }

    [Test]
    public void Enabled_is_checked_before_actor()
    {
        Assert.That(FirstMessage("""{"enabled":"yes","actor":" "}"""), Is.EqualTo("enabled must be a boolean"));
    }

    [Test]
    public void An_array_body_fails_the_first_rule()
    {
        Assert.That(FirstMessage("""[{"enabled":true,"actor":"ops"}]"""), Is.EqualTo("enabled must be a boolean"));
    }
}
