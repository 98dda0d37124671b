using System.Text.Json;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Application.Tests.Common.Json;

public sealed class JsonBodyTests
{
    [Test]
    public void An_object_body_exposes_its_members()
    {
        var body = JsonBody.Parse("""{"actor":"ops"}""");

        Assert.That(body.Root.ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(body.Has("actor"), Is.True);
        Assert.That(body.Has("enabled"), Is.False);
    }

    [Test]
    public void An_array_body_is_accepted_but_has_no_members()
    {
        var body = JsonBody.Parse("""[{"actor":"ops"}]""");

        Assert.That(body.Root.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(body.Member("actor"), Is.Null);
        Assert.That(body.Has("actor"), Is.False);
        Assert.That(body.StringOrNull("actor"), Is.Null);
    }

    [Test]
    public void A_member_holding_json_null_is_present()
    {
        var body = JsonBody.Parse("""{"notes":null}""");

        Assert.That(body.Has("notes"), Is.True);
        Assert.That(body.Member("notes")!.Value.ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("true", true)]
    [TestCase("false", false)]
    public void A_json_boolean_is_a_boolean(string literal, bool expected)
    {
        var body = JsonBody.Parse($$"""{"enabled":{{literal}}}""");

        Assert.That(body.IsBoolean("enabled"), Is.True);
        Assert.That(body.GetBoolean("enabled"), Is.EqualTo(expected));
    }

    [TestCase("\"true\"")]
    [TestCase("1")]
    [TestCase("0")]
    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("[]")]
    public void Other_json_kinds_are_not_booleans(string literal)
    {
        var body = JsonBody.Parse($$"""{"enabled":{{literal}}}""");

        Assert.That(body.IsBoolean("enabled"), Is.False);
    }

    [Test]
    public void An_absent_member_is_not_a_boolean()
    {
        Assert.That(JsonBody.Parse("{}").IsBoolean("enabled"), Is.False);
    }

    [TestCase("\"ops\"")]
    [TestCase("\"  ops  \"")]
    [TestCase("\"\\tops\\n\"")]
    public void A_string_with_text_after_trimming_is_non_empty(string literal)
    {
        var body = JsonBody.Parse($$"""{"actor":{{literal}}}""");

        Assert.That(body.IsNonEmptyString("actor"), Is.True);
    }

    [TestCase("\"\"")]
    [TestCase("\"   \"")]
    [TestCase("\"\\t\\n \"")]
    [TestCase("null")]
    [TestCase("42")]
    [TestCase("true")]
    [TestCase("[\"ops\"]")]
    public void Empty_whitespace_or_non_string_values_are_not_non_empty_strings(string literal)
    {
        var body = JsonBody.Parse($$"""{"actor":{{literal}}}""");

        Assert.That(body.IsNonEmptyString("actor"), Is.False);
    }

    [Test]
    public void An_absent_member_is_not_a_non_empty_string()
    {
        Assert.That(JsonBody.Parse("{}").IsNonEmptyString("actor"), Is.False);
    }

    [Test]
    public void StringOrNull_returns_the_string_exactly_as_sent()
    {
        var body = JsonBody.Parse("""{"notes":"  keep my spaces  "}""");

        Assert.That(body.StringOrNull("notes"), Is.EqualTo("  keep my spaces  "));
        Assert.That(body.IsString("notes"), Is.True);
    }

    [TestCase("{}", TestName = "StringOrNull_is_null_for_an_absent_member")]
    [TestCase("""{"notes":null}""", TestName = "StringOrNull_is_null_for_a_json_null")]
    [TestCase("""{"notes":7}""", TestName = "StringOrNull_is_null_for_a_number")]
    [TestCase("""{"notes":false}""", TestName = "StringOrNull_is_null_for_a_boolean")]
    public void StringOrNull_is_null_when_the_member_is_not_a_string(string json)
    {
        var body = JsonBody.Parse(json);

        Assert.That(body.StringOrNull("notes"), Is.Null);
        Assert.That(body.IsString("notes"), Is.False);
    }

    [Test]
    public void GetTrimmedString_trims_surrounding_whitespace()
    {
        var body = JsonBody.Parse("""{"drill_id":"  auth_outage \t"}""");

        Assert.That(body.GetTrimmedString("drill_id"), Is.EqualTo("auth_outage"));
    }

    [TestCase("\"text\"")]
    [TestCase("42")]
    [TestCase("true")]
    [TestCase("null")]
    public void From_rejects_a_scalar_root(string json)
    {
        using var document = JsonDocument.Parse(json);

        var ex = Assert.Throws<ArgumentException>(() => JsonBody.From(document.RootElement));

        Assert.That(ex!.ParamName, Is.EqualTo("root"));
    }

    [Test]
    public void Parse_rejects_a_scalar_body()
    {
        Assert.Throws<ArgumentException>(() => JsonBody.Parse("17"));
    }

    [Test]
    public void A_body_stays_readable_after_its_source_document_is_disposed()
    {
        JsonBody body;
        using (var document = JsonDocument.Parse("""{"actor":"ops"}"""))
        {
            body = JsonBody.From(document.RootElement);
        }

        Assert.That(body.StringOrNull("actor"), Is.EqualTo("ops"));
    }
}
