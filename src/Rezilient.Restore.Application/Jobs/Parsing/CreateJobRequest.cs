using System.Diagnostics.CodeAnalysis;

namespace Rezilient.Restore.Application.Jobs.Parsing;

/// <summary>
/// A validated <c>POST /v1/jobs</c> body (spec 04 §2.1). <see cref="PlanHash"/> is lower-cased (decision J9);
/// <see cref="LockScopeTables"/> is as sent, not yet normalized (§3.2, decision J2); <see cref="RequiredCapabilities"/>
/// keeps order and duplicates; <see cref="Approval"/> is null when the caller sent none.
/// </summary>
public sealed record CreateJobRequest(
    string TenantId,
    string InstanceId,
    string Source,
    string PlanId,
    string PlanHash,
    IReadOnlyList<string> LockScopeTables,
    IReadOnlyList<string> RequiredCapabilities,
    string RequestedBy,
    JobApproval? Approval);

/// <summary>Either a valid request or the first validation issue (the 400 <c>invalid_request</c> message, spec 04 C-4).</summary>
public sealed record CreateJobParseResult
{
    private CreateJobParseResult(CreateJobRequest? request, string? issue)
    {
        Request = request;
        Issue = issue;
    }

    public CreateJobRequest? Request { get; }

    public string? Issue { get; }

    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Issue))]
    public bool IsValid => Request is not null;

    public static CreateJobParseResult Valid(CreateJobRequest request) => new(request, null);

    public static CreateJobParseResult Invalid(string issue) => new(null, issue);
}
