using Rezilient.Restore.Application.Plans.Parsing;
using Rezilient.Restore.Domain.Jobs;

namespace Rezilient.Restore.Application.Jobs.Parsing;

/// <summary>
/// The enum values of the job requests (spec 04 §1.1, §2.4), in declaration order: the order is part of the
/// <c>Invalid option: expected one of …</c> message. Approval enums and reason codes are shared with the dry-run
/// parser (<c>WireEnums</c>).
/// </summary>
internal static class JobWireEnums
{
    public const string PlaceholderNotEnforced = "placeholder_not_enforced";
    public const string MvpNotEnforced = "mvp_not_enforced";

    public static readonly string[] Capabilities = [.. RestoreCapability.All];

    /// <summary>The target statuses a completion may request (spec 04 §2.4): the terminal ones only.</summary>
    public static readonly string[] CompletionStatuses = [.. JobStatus.CompletionTargets];

    public static readonly string[] PlaceholderModes = [MvpNotEnforced];

    /// <summary>Reason codes a completion may carry: spec 04 §1.1's 27 plus <c>blocked_plan_unavailable</c> (J1).</summary>
    public static readonly string[] CompletionReasonCodes =
        [.. WireEnums.RestoreReasonCodes, Domain.Common.ReasonCodes.BlockedPlanUnavailable];
}

/// <summary>The approval timestamp format of spec 04 §1.3.</summary>
internal static class ApprovalTimestamp
{
    public const string Pattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    public const string Issue = $"Invalid string: must match pattern /{Pattern}/";

    // 'd' stands for one ASCII digit (the reference's \d without the u flag); every other character is literal.
    private const string Shape = "dddd-dd-ddTdd:dd:dd.dddZ";

    /// <summary>
    /// The pattern only: no calendar check, so <c>2026-02-30T25:61:61.000Z</c> passes. Unlike a .NET
    /// <c>$</c>, nothing may follow the <c>Z</c>, not even a newline.
    /// </summary>
    public static bool Matches(string text) =>
        text.Length == Shape.Length
        && text.Select((c, i) => Shape[i] == 'd' ? char.IsAsciiDigit(c) : c == Shape[i]).All(ok => ok);
}
