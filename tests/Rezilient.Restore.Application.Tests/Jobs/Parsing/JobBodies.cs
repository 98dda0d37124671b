using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Jobs.Parsing;

namespace Rezilient.Restore.Application.Tests.Jobs.Parsing;

/// <summary>Valid job request bodies to mutate in focused tests, and ways to parse them.</summary>
internal static class JobBodies
{
    public const string Hash = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    public static JsonObject ValidCreate() => new()
    {
        ["tenant_id"] = "tenant-acme",
        ["instance_id"] = "sn-dev-01",
        ["source"] = "sn://acme-dev.service-now.com",
        ["plan_id"] = "plan-1",
        ["plan_hash"] = Hash,
        ["lock_scope_tables"] = new JsonArray("incident"),
        ["required_capabilities"] = new JsonArray("restore_execute"),
        ["requested_by"] = "operator@example.com",
    };

    /// <summary>An approval with every member of spec 04 §1.3, in table order.</summary>
    public static JsonObject FullApproval() => new()
    {
        ["approval_required"] = true,
        ["approval_state"] = "approved",
        ["approval_policy_id"] = "policy-1",
        ["approval_requested_at"] = "2026-02-16T11:00:00.000Z",
        ["approval_requested_by"] = "requester@example.com",
        ["approval_decided_at"] = "2026-02-16T11:30:00.000Z",
        ["approval_decided_by"] = "approver@example.com",
        ["approval_decision"] = "approve",
        ["approval_decision_reason"] = "looks good",
        ["approval_external_ref"] = "CHG0001",
        ["approval_snapshot_hash"] = "ABCDEFabcdef0123456789ABCDEFabcdef0123456789ABCDEFabcdef01234567",
        ["approval_valid_until"] = "2026-02-17T11:30:00.000Z",
        ["approval_revalidated_at"] = "2026-02-16T11:45:00.000Z",
        ["approval_revalidation_result"] = "valid",
        ["approval_placeholder_mode"] = "mvp_not_enforced",
    };

    public static JsonObject MinimalApproval() => new()
    {
        ["approval_required"] = false,
        ["approval_state"] = "placeholder_not_enforced",
        ["approval_placeholder_mode"] = "mvp_not_enforced",
    };

    public static JsonObject WithApproval(JsonObject approval)
    {
        var body = ValidCreate();
        body["approval"] = approval.DeepClone();
        return body;
    }

    public static CreateJobParseResult ParseCreate(JsonNode? body) => ParseCreateText(body?.ToJsonString() ?? "null");

    public static CreateJobParseResult ParseCreateText(string text)
    {
        using var document = JsonDocument.Parse(text);
        return CreateJobRequestParser.Parse(document.RootElement);
    }

    public static CompleteJobParseResult ParseCompleteText(string text)
    {
        using var document = JsonDocument.Parse(text);
        return CompleteJobRequestParser.Parse(document.RootElement);
    }

    public static string IssueOf(CreateJobParseResult result)
    {
        Assert.That(result.IsValid, Is.False, "expected a validation issue");
        return result.Issue!;
    }

    public static CreateJobRequest RequestOf(CreateJobParseResult result)
    {
        Assert.That(result.Issue, Is.Null, "expected a valid request");
        return result.Request!;
    }

    public static string IssueOf(CompleteJobParseResult result)
    {
        Assert.That(result.IsValid, Is.False, "expected a validation issue");
        return result.Issue!;
    }

    public static CompleteJobRequest RequestOf(CompleteJobParseResult result)
    {
        Assert.That(result.Issue, Is.Null, "expected a valid request");
        return result.Request!;
    }
}
