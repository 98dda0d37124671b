using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Rezilient.Restore.Application.Plans.Parsing;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Jobs.Parsing;

/// <summary>A validated <c>POST /v1/jobs/{job_id}/complete</c> body (spec 04 §2.4); <see cref="ReasonCode"/> defaults to <c>none</c>.</summary>
public sealed record CompleteJobRequest(string Status, string ReasonCode);

/// <summary>Either a valid request or the first validation issue (the 400 <c>invalid_request</c> message, spec 04 K-4).</summary>
public sealed record CompleteJobParseResult
{
    private CompleteJobParseResult(CompleteJobRequest? request, string? issue)
    {
        Request = request;
        Issue = issue;
    }

    public CompleteJobRequest? Request { get; }

    public string? Issue { get; }

    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Issue))]
    public bool IsValid => Request is not null;

    public static CompleteJobParseResult Valid(CompleteJobRequest request) => new(request, null);

    public static CompleteJobParseResult Invalid(string issue) => new(null, issue);
}

/// <summary>Strict parser of the completion body <c>{status, reason_code?}</c> (spec 04 §2.4, step K-4). It never throws.</summary>
public static class CompleteJobRequestParser
{
    private static readonly string[] Members = ["status", "reason_code"];

    public static CompleteJobParseResult Parse(JsonElement body)
    {
        var issues = new ValidationIssues();
        var top = JsonObjectReader.Open(body, string.Empty, issues, Members);
        if (top is null)
        {
            return CompleteJobParseResult.Invalid(issues.First!);
        }

        var status = top.Option("status", JobWireEnums.CompletionStatuses);

        // The 27 codes of spec 04 §1.1 plus blocked_plan_unavailable, which decision J1 adds to the enum.
        var reasonCode = top.Option("reason_code", JobWireEnums.CompletionReasonCodes, required: false);
        top.RejectUnknownMembers();
        return issues.Any
            ? CompleteJobParseResult.Invalid(issues.First!)
            : CompleteJobParseResult.Valid(new CompleteJobRequest(status!, reasonCode ?? ReasonCodes.None));
    }
}
