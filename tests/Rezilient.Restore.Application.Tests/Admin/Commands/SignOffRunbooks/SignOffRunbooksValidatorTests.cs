using Rezilient.Restore.Application.Admin.Commands.SignOffRunbooks;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Application.Tests.Admin.Commands.SignOffRunbooks;

public sealed class SignOffRunbooksValidatorTests
{
    private static readonly SignOffRunbooksValidator Validator = new();

    private static string? FirstMessage(string json)
    {
        var outcome = Validator.Validate(new Application.Admin.Commands.SignOffRunbooks.SignOffRunbooks(JsonBody.Parse(json)));
        return outcome.IsValid ? null : outcome.Errors[0].ErrorMessage;
    }

    [TestCase("""{"signed_off":true,"actor":"ops@example.com"}""")]
    [TestCase("""{"signed_off":false,"actor":" ops "}""")]
    public void A_boolean_and_a_non_empty_actor_are_valid(string json)
    {
        Assert.That(FirstMessage(json), Is.Null);
    }

    [TestCase("""{"actor":"ops"}""")]
    [TestCase("""{"signed_off":"false","actor":"ops"}""")]
    [TestCase("""{"signed_off":0,"actor":"ops"}""")]
    [TestCase("""{"signed_off":null,"actor":"ops"}""")]
    [TestCase("""{"enabled":true,"actor":"ops"}""")]
    public void Signed_off_must_be_a_json_boolean(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo("signed_off must be a boolean"));
    }

    [TestCase("""{"signed_off":true}""")]
    [TestCase("""{"signed_off":true,"actor":""}""")]
    [TestCase("""{"signed_off":true,"actor":" \t "}""")]
    [TestCase("""{"signed_off":true,"actor":["ops"]}""")]
    public void Actor_must_be_a_non_empty_string(string json)
    {
        Assert.That(FirstMessage(json), Is.EqualTo("actor must be a non-empty string"));
    }

    [Test]
    public void Signed_off_is_checked_before_actor()
    {
        Assert.That(FirstMessage("{}"), Is.EqualTo("signed_off must be a boolean"));
    }

    [Test]
    public void An_array_body_fails_the_first_rule()
    {
        Assert.That(FirstMessage("[]"), Is.EqualTo("signed_off must be a boolean"));
    }
}
