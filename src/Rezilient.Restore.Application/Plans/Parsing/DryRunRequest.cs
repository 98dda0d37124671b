using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>
/// A validated <c>POST /v1/plans/dry-run</c> body (spec 03 §4–§5). The <see cref="JsonObject"/> trees are the
/// "validated" values of spec 03 §9 rule 1: only known members, omitted optional members absent, hex lower-cased,
/// offsets canonical, integers as <see cref="long"/>, every other value exactly as sent.
/// </summary>
public sealed record DryRunRequest(
    string TenantId,
    string InstanceId,
    string Source,
    string PlanId,
    string RequestedBy,
    JsonObject Pit,
    JsonObject Scope,
    JsonObject ExecutionOptions,
    IReadOnlyList<DryRunRow> Rows,
    IReadOnlyList<DryRunConflict> Conflicts,
    IReadOnlyList<DryRunDeleteCandidate> DeleteCandidates,
    IReadOnlyList<DryRunMediaCandidate> MediaCandidates,
    IReadOnlyList<(string Topic, long Partition)> Watermarks,
    IReadOnlyList<PitCandidate> PitCandidates,
    JsonObject? Approval);

/// <summary>A plan row (spec 03 §5.4); <see cref="Topic"/> and <see cref="Partition"/> come from its metadata, untrimmed.</summary>
public sealed record DryRunRow(string RowId, string Action, string? Topic, long? Partition, JsonObject Json);

/// <summary>A caller-declared conflict (spec 03 §5.6).</summary>
public sealed record DryRunConflict(string Class, string? Resolution, JsonObject Json);

/// <summary>A delete candidate (spec 03 §5.7).</summary>
public sealed record DryRunDeleteCandidate(string? Decision, JsonObject Json);

/// <summary>A media candidate (spec 03 §5.8).</summary>
public sealed record DryRunMediaCandidate(string CandidateId, string? Decision, JsonObject Json);

/// <summary>Either a valid request or the first validation issue (the 400 <c>invalid_request</c> message of spec 03 §4.2).</summary>
public sealed record DryRunParseResult
{
    private DryRunParseResult(DryRunRequest? request, string? issue)
    {
        Request = request;
        Issue = issue;
    }

    public DryRunRequest? Request { get; }

    public string? Issue { get; }

    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Issue))]
    public bool IsValid => Request is not null;

    public static DryRunParseResult Valid(DryRunRequest request) => new(request, null);

    public static DryRunParseResult Invalid(string issue) => new(null, issue);
}
