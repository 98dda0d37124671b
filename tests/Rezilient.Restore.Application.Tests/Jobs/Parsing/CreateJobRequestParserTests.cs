using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Jobs.Parsing;
using static Rezilient.Restore.Application.Tests.Jobs.Parsing.JobBodies;

namespace Rezilient.Restore.Application.Tests.Jobs.Parsing;

/// <summary>The create-job body of spec 04 §2.1 (step C-4) without approval; approval has its own fixture.</summary>
public sealed class CreateJobRequestParserTests
{
    private const string Capabilities =
        "Invalid option: expected one of \"restore_execute\"|\"restore_delete\"|\"restore_override_caps\"|\"restore_schema_override\"";

    private static readonly string[] StringMembers = ["tenant_id", "instance_id", "source", "plan_id", "requested_by"];

    [Test]
    public void A_valid_request_without_approval_keeps_every_value()
    {
        var request = RequestOf(ParseCreate(ValidCreate()));

        Assert.Multiple(() =>
        {
            Assert.That(request.TenantId, Is.EqualTo("tenant-acme"));
            Assert.That(request.InstanceId, Is.EqualTo("sn-dev-01"));
            Assert.That(request.Source, Is.EqualTo("sn://acme-dev.service-now.com"));
            Assert.That(request.PlanId, Is.EqualTo("plan-1"));
            Assert.That(request.PlanHash, Is.EqualTo(Hash));
            Assert.That(request.LockScopeTables, Is.EqualTo(new[] { "incident" }));
            Assert.That(request.RequiredCapabilities, Is.EqualTo(new[] { "restore_execute" }));
            Assert.That(request.RequestedBy, Is.EqualTo("operator@example.com"));
            Assert.That(request.Approval, Is.Null);
        });
    }

    [Test]
    public void Strings_are_kept_as_sent_without_trimming()
    {
        var body = ValidCreate();
        body["tenant_id"] = " tenant-acme ";
        body["requested_by"] = " ";

        var request = RequestOf(ParseCreate(body));

        Assert.That(request.TenantId, Is.EqualTo(" tenant-acme "));
        Assert.That(request.RequestedBy, Is.EqualTo(" "));
    }

    [Test]
    public void An_uppercase_plan_hash_is_lower_cased()
    {
        var body = ValidCreate();
        body["plan_hash"] = "ABCDEF0123456789abcdefABCDEF0123456789abcdefABCDEF0123456789ABCD";

        Assert.That(
            RequestOf(ParseCreate(body)).PlanHash,
            Is.EqualTo("abcdef0123456789abcdefabcdef0123456789abcdefabcdef0123456789abcd"));
    }

    [Test]
    public void Lock_scope_tables_are_kept_as_sent_without_normalization()
    {
        var body = ValidCreate();
        body["lock_scope_tables"] = new JsonArray(" Incident ", "problem", "incident", "problem", "   ");

        Assert.That(
            RequestOf(ParseCreate(body)).LockScopeTables,
            Is.EqualTo(new[] { " Incident ", "problem", "incident", "problem", "   " }));
    }

    [Test]
    public void A_whitespace_only_table_list_passes_the_parser()
    {
        var body = ValidCreate();
        body["lock_scope_tables"] = new JsonArray(" ", "\t");

        Assert.That(RequestOf(ParseCreate(body)).LockScopeTables, Is.EqualTo(new[] { " ", "\t" }));
    }

    [Test]
    public void Required_capabilities_keep_their_order_and_duplicates()
    {
        var body = ValidCreate();
        body["required_capabilities"] = new JsonArray(
            "restore_schema_override", "restore_execute", "restore_delete", "restore_execute", "restore_override_caps");

        Assert.That(
            RequestOf(ParseCreate(body)).RequiredCapabilities,
            Is.EqualTo(new[] { "restore_schema_override", "restore_execute", "restore_delete", "restore_execute", "restore_override_caps" }));
    }

    [Test]
    public void A_request_with_approval_carries_it()
    {
        var request = RequestOf(ParseCreate(WithApproval(MinimalApproval())));

        Assert.That(request.Approval, Is.EqualTo(JobApproval.Placeholder));
    }

    [TestCaseSource(nameof(StringMembers))]
    public void A_missing_string_member_is_rejected(string member)
    {
        var body = ValidCreate();
        body.Remove(member);

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received undefined"));
    }

    [TestCaseSource(nameof(StringMembers))]
    public void An_empty_string_member_is_rejected(string member)
    {
        var body = ValidCreate();
        body[member] = string.Empty;

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Too small: expected string to have >=1 characters"));
    }

    [TestCaseSource(nameof(StringMembers))]
    public void A_string_member_of_another_type_is_rejected(string member)
    {
        foreach (var (value, type) in WrongTypes("string"))
        {
            var body = ValidCreate();
            body[member] = value?.DeepClone();

            Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo($"Invalid input: expected string, received {type}"), type);
        }
    }

    [TestCase("")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TestName = "63 hex chars")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TestName = "65 hex chars")]
    [TestCase("gaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TestName = "a non-hex letter")]
    [TestCase(" aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TestName = "a leading space")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", TestName = "a trailing newline")]
    public void A_plan_hash_that_is_not_64_hex_chars_is_rejected(string hash)
    {
        var body = ValidCreate();
        body["plan_hash"] = hash;

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("must be 64-char SHA-256 hex digest"));
    }

    [Test]
    public void A_missing_or_non_string_plan_hash_is_rejected()
    {
        var body = ValidCreate();
        body.Remove("plan_hash");
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received undefined"));

        body["plan_hash"] = null;
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received null"));
    }

    [TestCase("lock_scope_tables")]
    [TestCase("required_capabilities")]
    public void An_array_member_that_is_missing_empty_or_not_an_array_is_rejected(string member)
    {
        var body = ValidCreate();
        body.Remove(member);
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected array, received undefined"));

        body[member] = new JsonArray();
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Too small: expected array to have >=1 items"));

        foreach (var (value, type) in WrongTypes("array"))
        {
            body[member] = value?.DeepClone();
            Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo($"Invalid input: expected array, received {type}"), type);
        }
    }

    [Test]
    public void A_table_that_is_empty_or_not_a_string_is_rejected()
    {
        var body = ValidCreate();
        body["lock_scope_tables"] = new JsonArray("incident", string.Empty);
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Too small: expected string to have >=1 characters"));

        body["lock_scope_tables"] = new JsonArray("incident", 1);
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received number"));

        body["lock_scope_tables"] = new JsonArray("incident", null);
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received null"));
    }

    [TestCase("restore_approve")]
    [TestCase("RESTORE_EXECUTE")]
    [TestCase(" restore_execute")]
    [TestCase("")]
    public void An_unknown_capability_is_rejected(string capability)
    {
        var body = ValidCreate();
        body["required_capabilities"] = new JsonArray("restore_execute", capability);

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo(Capabilities));
    }

    [Test]
    public void A_capability_that_is_not_a_string_is_rejected()
    {
        var body = ValidCreate();
        body["required_capabilities"] = new JsonArray("restore_execute", null);

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo(Capabilities));
    }

    [Test]
    public void A_null_approval_is_rejected()
    {
        var body = ValidCreate();
        body["approval"] = null;

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("approval: Invalid input: expected object, received null"));
    }

    [Test]
    public void An_approval_that_is_not_an_object_is_rejected()
    {
        var body = ValidCreate();
        body["approval"] = new JsonArray();

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("approval: Invalid input: expected object, received array"));
    }

    [Test]
    public void Unknown_keys_are_rejected()
    {
        var body = ValidCreate();
        body["x"] = 1;
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Unrecognized key: \"x\""));

        body["job_id"] = "job_1";
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Unrecognized keys: \"x\", \"job_id\""));
    }

    [Test]
    public void Members_are_checked_in_table_order_before_unknown_keys()
    {
        var body = ValidCreate();
        body["x"] = 1;
        body["approval"] = null;
        Assert.That(IssueOf(ParseCreate(body)), Does.StartWith("approval: "));

        body["requested_by"] = 1;
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received number"));

        body["required_capabilities"] = new JsonArray("nope");
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo(Capabilities));

        body["lock_scope_tables"] = new JsonArray();
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Too small: expected array to have >=1 items"));

        body["plan_hash"] = "short";
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("must be 64-char SHA-256 hex digest"));

        body.Remove("tenant_id");
        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Invalid input: expected string, received undefined"));
    }

    [TestCase("[]", "array")]
    [TestCase("[{}]", "array")]
    [TestCase("null", "null")]
    [TestCase("1", "number")]
    [TestCase("\"x\"", "string")]
    [TestCase("true", "boolean")]
    public void A_body_that_is_not_an_object_is_rejected(string text, string type)
    {
        Assert.That(IssueOf(ParseCreateText(text)), Is.EqualTo($"Invalid input: expected object, received {type}"));
    }

    [Test]
    public void An_empty_object_reports_the_first_member()
    {
        Assert.That(IssueOf(ParseCreateText("{}")), Is.EqualTo("Invalid input: expected string, received undefined"));
    }

    [Test]
    public void Awkward_input_gives_an_issue_and_never_throws()
    {
        Assert.That(IssueOf(CreateJobRequestParser.Parse(default)), Is.EqualTo("Invalid input: expected object, received undefined"));
        Assert.That(
            IssueOf(ParseCreateText(ValidCreate().ToJsonString().Replace("tenant-acme", "\\ud800", StringComparison.Ordinal))),
            Is.EqualTo("strings must be valid Unicode"));
        Assert.That(
            IssueOf(ParseCreateText(ValidCreate().ToJsonString().Replace("incident", "\\ud800", StringComparison.Ordinal))),
            Is.EqualTo("strings must be valid Unicode"));
        Assert.That(
            IssueOf(ParseCreateText(ValidCreate().ToJsonString().Replace("tenant-acme", "a\\u0000", StringComparison.Ordinal))),
            Is.EqualTo("strings must not contain NUL characters"));
    }

    [Test]
    public void A_repeated_member_keeps_its_last_value()
    {
        var text = ValidCreate().ToJsonString().Replace("{\"tenant_id\"", "{\"tenant_id\":1,\"tenant_id\"", StringComparison.Ordinal);

        Assert.That(RequestOf(ParseCreateText(text)).TenantId, Is.EqualTo("tenant-acme"));
    }

    /// <summary>One value of each JSON type other than <paramref name="expected"/>, with the name the message uses.</summary>
    internal static IEnumerable<(JsonNode? Value, string Type)> WrongTypes(string expected)
    {
        (JsonNode? Value, string Type)[] all =
        [
            (null, "null"), (JsonValue.Create(1), "number"), (JsonValue.Create(true), "boolean"),
            (JsonValue.Create("x"), "string"), (new JsonObject(), "object"), (new JsonArray("x"), "array"),
        ];
        return all.Where(pair => pair.Type != expected);
    }
}
