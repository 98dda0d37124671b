using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Jobs.Parsing;
using static Rezilient.Restore.Application.Tests.Jobs.Parsing.JobBodies;

namespace Rezilient.Restore.Application.Tests.Jobs.Parsing;

/// <summary>The strict approval object of spec 04 §1.3 inside a create-job body.</summary>
public sealed class JobApprovalParsingTests
{
    private const string TimestampIssue =
        @"approval: Invalid string: must match pattern /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/";

    private static readonly string[] TimestampMembers =
    [
        "approval_requested_at", "approval_decided_at", "approval_valid_until", "approval_revalidated_at",
    ];

    private static readonly string[] OptionalStringMembers =
    [
        "approval_policy_id", "approval_requested_by", "approval_decided_by", "approval_decision_reason",
        "approval_external_ref",
    ];

    [Test]
    public void A_full_approval_is_kept_exactly_as_sent()
    {
        var approval = RequestOf(ParseCreate(WithApproval(FullApproval()))).Approval!;

        Assert.That(approval, Is.EqualTo(new JobApproval
        {
            ApprovalRequired = true,
            ApprovalState = "approved",
            ApprovalPolicyId = "policy-1",
            ApprovalRequestedAt = "2026-02-16T11:00:00.000Z",
            ApprovalRequestedBy = "requester@example.com",
            ApprovalDecidedAt = "2026-02-16T11:30:00.000Z",
            ApprovalDecidedBy = "approver@example.com",
            ApprovalDecision = "approve",
            ApprovalDecisionReason = "looks good",
            ApprovalExternalRef = "CHG0001",
            ApprovalSnapshotHash = "ABCDEFabcdef0123456789ABCDEFabcdef0123456789ABCDEFabcdef01234567",
            ApprovalValidUntil = "2026-02-17T11:30:00.000Z",
            ApprovalRevalidatedAt = "2026-02-16T11:45:00.000Z",
            ApprovalRevalidationResult = "valid",
            ApprovalPlaceholderMode = "mvp_not_enforced",
        }));
    }

    [Test]
    public void A_minimal_approval_leaves_the_optional_members_null()
    {
        var approval = MinimalApproval();
        approval["approval_required"] = true;
        approval["approval_state"] = "requested";

        Assert.That(
            RequestOf(ParseCreate(WithApproval(approval))).Approval,
            Is.EqualTo(JobApproval.Placeholder with { ApprovalRequired = true, ApprovalState = "requested" }));
    }

    [TestCase("2026-02-30T25:61:61.000Z", TestName = "no calendar check")]
    [TestCase("0000-00-00T00:00:00.000Z")]
    [TestCase("9999-99-99T99:99:99.999Z")]
    public void An_approval_timestamp_is_checked_by_pattern_only(string text)
    {
        foreach (var member in TimestampMembers)
        {
            var approval = FullApproval();
            approval[member] = text;

            Assert.That(RequestOf(ParseCreate(WithApproval(approval))).Approval!.ToJson()[member]!.GetValue<string>(), Is.EqualTo(text), member);
        }
    }

    [TestCase("2026-02-16T11:00:00Z", TestName = "no milliseconds")]
    [TestCase("2026-02-16T11:00:00.1Z")]
    [TestCase("2026-02-16T11:00:00.1234Z")]
    [TestCase("2026-02-16T11:00:00.000+00:00")]
    [TestCase("2026-02-16T11:00:00.000z", TestName = "lower-case z")]
    [TestCase("2026-02-16t11:00:00.000Z", TestName = "lower-case t")]
    [TestCase("2026-02-16 11:00:00.000Z")]
    [TestCase("2026-02-16T11:00:00.000Z\n", TestName = "a trailing newline")]
    [TestCase(" 2026-02-16T11:00:00.000Z")]
    [TestCase("\uff12026-02-16T11:00:00.000Z", TestName = "a full-width digit")]
    [TestCase("\u0662026-02-16T11:00:00.000Z", TestName = "an Arabic-Indic digit")]
    [TestCase("")]
    public void An_approval_timestamp_off_the_pattern_is_rejected(string text)
    {
        foreach (var member in TimestampMembers)
        {
            var approval = FullApproval();
            approval[member] = text;

            Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo(TimestampIssue), member);
        }
    }

    [Test]
    public void A_non_string_approval_timestamp_is_rejected()
    {
        var approval = FullApproval();
        approval["approval_decided_at"] = null;

        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected string, received null"));
    }

    [Test]
    public void Approval_required_must_be_a_boolean()
    {
        var approval = FullApproval();
        approval.Remove("approval_required");
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected boolean, received undefined"));

        approval["approval_required"] = "true";
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected boolean, received string"));
    }

    [TestCase("approval_state", null, "\"placeholder_not_enforced\"|\"approval_not_required\"|\"requested\"|\"approved\"|\"rejected\"|\"expired\"")]
    [TestCase("approval_state", "Approved", "\"placeholder_not_enforced\"|\"approval_not_required\"|\"requested\"|\"approved\"|\"rejected\"|\"expired\"")]
    [TestCase("approval_decision", "approved", "\"approve\"|\"reject\"|\"placeholder\"")]
    [TestCase("approval_revalidation_result", "invalid", "\"not_applicable\"|\"valid\"|\"expired\"|\"rejected\"")]
    public void An_approval_enum_outside_its_values_is_rejected(string member, string? value, string options)
    {
        var approval = FullApproval();
        approval[member] = value;

        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo($"approval: Invalid option: expected one of {options}"));
    }

    [Test]
    public void A_missing_approval_state_is_rejected()
    {
        var approval = FullApproval();
        approval.Remove("approval_state");

        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Does.StartWith("approval: Invalid option: expected one of \"placeholder_not_enforced\""));
    }

    [TestCase("enforced")]
    [TestCase("MVP_NOT_ENFORCED")]
    [TestCase(null)]
    public void The_placeholder_mode_must_be_the_literal(string? mode)
    {
        var approval = FullApproval();
        approval["approval_placeholder_mode"] = mode;
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected \"mvp_not_enforced\""));

        approval.Remove("approval_placeholder_mode");
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected \"mvp_not_enforced\""));
    }

    [TestCaseSource(nameof(OptionalStringMembers))]
    public void An_optional_approval_string_must_be_non_empty_and_not_null(string member)
    {
        var approval = FullApproval();
        approval[member] = string.Empty;
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Too small: expected string to have >=1 characters"));

        approval[member] = null;
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected string, received null"));
    }

    [TestCase("")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TestName = "63 hex chars")]
    [TestCase("zaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TestName = "a non-hex letter")]
    public void A_snapshot_hash_that_is_not_64_hex_chars_is_rejected(string hash)
    {
        var approval = FullApproval();
        approval["approval_snapshot_hash"] = hash;

        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: must be 64-char SHA-256 hex digest"));
    }

    [Test]
    public void Unknown_approval_keys_are_rejected()
    {
        var approval = FullApproval();
        approval["approval_notes"] = "x";

        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Unrecognized key: \"approval_notes\""));
    }

    [Test]
    public void Approval_members_are_checked_in_table_order_before_unknown_keys()
    {
        var approval = FullApproval();
        approval["approval_notes"] = "x";
        approval["approval_placeholder_mode"] = "x";
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected \"mvp_not_enforced\""));

        approval["approval_revalidated_at"] = "x";
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo(TimestampIssue));

        approval["approval_snapshot_hash"] = "x";
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: must be 64-char SHA-256 hex digest"));

        approval["approval_requested_at"] = "x";
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo(TimestampIssue));

        approval["approval_policy_id"] = string.Empty;
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Too small: expected string to have >=1 characters"));

        approval["approval_required"] = 0;
        Assert.That(IssueOf(ParseCreate(WithApproval(approval))), Is.EqualTo("approval: Invalid input: expected boolean, received number"));
    }

    [Test]
    public void An_approval_issue_comes_before_unknown_top_level_keys()
    {
        var approval = FullApproval();
        approval["approval_required"] = 0;
        var body = WithApproval(approval);
        body["x"] = 1;

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("approval: Invalid input: expected boolean, received number"));
    }

    [Test]
    public void An_earlier_top_level_issue_comes_before_the_approval()
    {
        var approval = FullApproval();
        approval["approval_required"] = 0;
        var body = WithApproval(approval);
        body["requested_by"] = string.Empty;

        Assert.That(IssueOf(ParseCreate(body)), Is.EqualTo("Too small: expected string to have >=1 characters"));
    }

    [Test]
    public void An_approval_with_a_lone_surrogate_gives_an_issue()
    {
        var text = WithApproval(FullApproval()).ToJsonString().Replace("CHG0001", "\\udc00", StringComparison.Ordinal);

        Assert.That(IssueOf(ParseCreateText(text)), Is.EqualTo("approval: strings must be valid Unicode"));
    }
}
