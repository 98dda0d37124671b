using Rezilient.Restore.Application.Jobs.Parsing;
using Rezilient.Restore.Domain.Common;
using static Rezilient.Restore.Application.Tests.Jobs.Parsing.JobBodies;

namespace Rezilient.Restore.Application.Tests.Jobs.Parsing;

/// <summary>The completion body of spec 04 §2.4 (step K-4).</summary>
public sealed class CompleteJobRequestParserTests
{
    private const string StatusIssue = "Invalid option: expected one of \"completed\"|\"failed\"|\"cancelled\"";
    private const string ReasonIssuePrefix = "Invalid option: expected one of \"none\"|\"queued_scope_lock\"|";

    // Spec 04 §1.1: the 27 codes of the reference version.
    private static readonly string[] AcceptedReasonCodes =
    [
        ReasonCodes.None, ReasonCodes.QueuedScopeLock, ReasonCodes.BlockedUnknownSourceMapping,
        ReasonCodes.BlockedMissingCapability, ReasonCodes.BlockedUnresolvedDeleteCandidates,
        ReasonCodes.BlockedUnresolvedMediaCandidates, ReasonCodes.BlockedReferenceConflict,
        ReasonCodes.BlockedMediaParentMissing, ReasonCodes.BlockedFreshnessStale, ReasonCodes.BlockedFreshnessUnknown,
        ReasonCodes.BlockedAuthControlPlaneOutage, ReasonCodes.BlockedPlanHashMismatch, ReasonCodes.BlockedEvidenceNotReady,
        ReasonCodes.BlockedResumePreconditionMismatch, ReasonCodes.BlockedResumeCheckpointMissing,
        ReasonCodes.PausedTokenRefreshGraceExhausted, ReasonCodes.PausedEntitlementDisabled,
        ReasonCodes.PausedInstanceDisabled, ReasonCodes.FailedMediaParentMissing, ReasonCodes.FailedMediaHashMismatch,
        ReasonCodes.FailedMediaRetryExhausted, ReasonCodes.FailedEvidenceReportHashMismatch,
        ReasonCodes.FailedEvidenceArtifactHashMismatch, ReasonCodes.FailedEvidenceSignatureVerification,
        ReasonCodes.FailedSchemaConflict, ReasonCodes.FailedPermissionConflict, ReasonCodes.FailedInternalError,
        ReasonCodes.BlockedPlanUnavailable, // decision J1 adds it to the enum
    ];

    [TestCase("completed")]
    [TestCase("failed")]
    [TestCase("cancelled")]
    public void A_terminal_status_without_reason_defaults_to_none(string status)
    {
        Assert.That(
            RequestOf(ParseCompleteText($$"""{"status":"{{status}}"}""")),
            Is.EqualTo(new CompleteJobRequest(status, ReasonCodes.None)));
    }

    [Test]
    public void Each_of_the_28_reason_codes_is_accepted_with_any_status()
    {
        Assert.That(AcceptedReasonCodes, Has.Length.EqualTo(28).And.Unique);
        foreach (var code in AcceptedReasonCodes)
        {
            Assert.That(
                RequestOf(ParseCompleteText($$"""{"status":"cancelled","reason_code":"{{code}}"}""")),
                Is.EqualTo(new CompleteJobRequest("cancelled", code)));
        }
    }

    [Test]
    public void An_empty_body_fails_on_the_missing_status()
    {
        Assert.That(IssueOf(ParseCompleteText("{}")), Is.EqualTo(StatusIssue));
    }

    [TestCase("\"running\"")]
    [TestCase("\"queued\"")]
    [TestCase("\"paused\"")]
    [TestCase("\"Completed\"")]
    [TestCase("\"\"")]
    [TestCase("null")]
    [TestCase("1")]
    [TestCase("[\"completed\"]")]
    public void A_status_other_than_a_terminal_one_is_rejected(string status)
    {
        Assert.That(IssueOf(ParseCompleteText($$"""{"status":{{status}}}""")), Is.EqualTo(StatusIssue));
    }

    [TestCase("\"failed_stale_lock_recovered\"")]
    [TestCase("\"admin_auth_required\"")]
    [TestCase("\"request_body_too_large\"")]
    [TestCase("\"NONE\"")]
    [TestCase("\"\"")]
    [TestCase("null")]
    [TestCase("0")]
    public void An_unknown_reason_code_is_rejected(string reasonCode)
    {
        Assert.That(
            IssueOf(ParseCompleteText($$"""{"status":"failed","reason_code":{{reasonCode}}}""")),
            Does.StartWith(ReasonIssuePrefix).And.EndWith("|\"failed_internal_error\"|\"blocked_plan_unavailable\""));
    }

    [Test]
    public void Unknown_keys_are_rejected_after_the_members()
    {
        Assert.That(
            IssueOf(ParseCompleteText("""{"status":"failed","job_id":"job_1"}""")),
            Is.EqualTo("Unrecognized key: \"job_id\""));
        Assert.That(IssueOf(ParseCompleteText("""{"job_id":"job_1"}""")), Is.EqualTo(StatusIssue));
        Assert.That(
            IssueOf(ParseCompleteText("""{"status":"failed","reason_code":"x","job_id":"job_1"}""")),
            Does.StartWith(ReasonIssuePrefix));
    }

    [TestCase("[]", "array")]
    [TestCase("null", "null")]
    [TestCase("\"completed\"", "string")]
    [TestCase("2", "number")]
    [TestCase("false", "boolean")]
    public void A_body_that_is_not_an_object_is_rejected(string text, string type)
    {
        Assert.That(IssueOf(ParseCompleteText(text)), Is.EqualTo($"Invalid input: expected object, received {type}"));
    }

    [Test]
    public void Awkward_input_gives_an_issue_and_never_throws()
    {
        Assert.That(IssueOf(CompleteJobRequestParser.Parse(default)), Is.EqualTo("Invalid input: expected object, received undefined"));
        Assert.That(IssueOf(ParseCompleteText("""{"status":"\udc00"}""")), Is.EqualTo("strings must be valid Unicode"));
        Assert.That(IssueOf(ParseCompleteText("""{"status":"failed","\ud800":1}""")), Is.EqualTo("strings must be valid Unicode"));
    }
}
