using System.Text.Json.Nodes;

namespace Rezilient.Restore.Application.Tests.Plans.Parsing;

/// <summary>Replays <c>errors-dry-run.json</c> through the parser (spec 03 §4.2 messages, decisions P3/P4).</summary>
public sealed class DryRunErrorVectorTests
{
    private const string FileName = "errors-dry-run.json";

    // The HTTP body reader answers these before the parser runs (spec 03 §3.5, decision P1).
    private static readonly string[] BodyReaderCases = ["malformed-json", "body-json-null", "body-json-number"];

    // Reference 500s that decisions P3 and P4 turn into 400 invalid_request with these messages.
    private static readonly Dictionary<string, string> DecidedCases = new()
    {
        ["duplicate-row_id"] = "rows must have unique row_id values",
        ["duplicate-media-candidate_id"] = "media_candidates must have unique candidate_id values",
        ["pit-candidate-unparseable-hour"] = "pit_candidates[0].versions[0]: must be a parseable ServiceNow timestamp",
    };

    private static IEnumerable<JsonNode> Cases() => PlanHashVectors.Load(FileName)["cases"]!.AsArray().Select(c => c!);

    private static IEnumerable<TestCaseData> ParserCases()
    {
        foreach (var vector in Cases())
        {
            var label = vector["label"]!.GetValue<string>();
            var expected = vector["expected"]!;
            if (DecidedCases.TryGetValue(label, out var decided))
            {
                yield return new TestCaseData(PlanHashVectors.BodyText(vector), decided).SetArgDisplayNames(label);
            }
            else if (expected["status"]!.GetValue<int>() == 400
                && expected["body"]!["error"]!.GetValue<string>() == "invalid_request")
            {
                var message = expected["body"]!["message"]!.GetValue<string>();
                yield return new TestCaseData(PlanHashVectors.BodyText(vector), message).SetArgDisplayNames(label);
            }
        }
    }

    [TestCaseSource(nameof(ParserCases))]
    public void An_invalid_body_from_the_error_vectors_gives_the_expected_first_issue(string bodyText, string expectedMessage)
    {
        var result = DryRunBodies.ParseText(bodyText);

        Assert.That(DryRunBodies.IssueOf(result), Is.EqualTo(expectedMessage));
    }

    [Test]
    public void Every_error_vector_is_either_replayed_here_or_belongs_to_the_body_reader()
    {
        var notCovered = Cases()
            .Where(vector =>
            {
                var label = vector["label"]!.GetValue<string>();
                var body = vector["expected"]!["body"]!;
                var isParserCase = vector["expected"]!["status"]!.GetValue<int>() == 400
                    && body["error"]!.GetValue<string>() == "invalid_request";
                return !isParserCase && !DecidedCases.ContainsKey(label) && !BodyReaderCases.Contains(label);
            })
            .Select(vector => vector["label"]!.GetValue<string>());

        Assert.That(notCovered, Is.Empty);
    }

    [TestCase("null", "null")]
    [TestCase("42", "number")]
    [TestCase("\"text\"", "string")]
    [TestCase("true", "boolean")]
    [TestCase("[]", "array")]
    public void A_body_that_is_not_an_object_is_an_issue_not_an_exception(string bodyText, string received)
    {
        var result = DryRunBodies.ParseText(bodyText);

        Assert.That(DryRunBodies.IssueOf(result), Is.EqualTo($"Invalid input: expected object, received {received}"));
    }

    [Test]
    public void A_default_json_element_reads_as_undefined()
    {
        var result = Rezilient.Restore.Application.Plans.Parsing.DryRunRequestParser.Parse(default);

        Assert.That(DryRunBodies.IssueOf(result), Is.EqualTo("Invalid input: expected object, received undefined"));
    }
}
