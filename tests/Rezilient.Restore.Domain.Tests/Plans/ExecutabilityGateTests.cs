using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class ExecutabilityGateTests
{
    private static readonly AuthoritativeWatermark FreshWatermark = Watermark(Freshness.Fresh, Executability.Executable, ReasonCodes.None);
    private static readonly AuthoritativeWatermark StaleWatermark = Watermark(Freshness.Stale, Executability.PreviewOnly, ReasonCodes.BlockedFreshnessStale);
    private static readonly AuthoritativeWatermark UnknownWatermark = Watermark(Freshness.Unknown, Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown);

    // Rows of the spec 03 §11 decision table, highest first; each level adds its blocker to every lower one.
    private static IEnumerable<TestCaseData> PrecedenceMatrix()
    {
        yield return new TestCaseData(1, Executability.Blocked, ReasonCodes.BlockedUnresolvedDeleteCandidates).SetName("Unresolved_deletes_win_over_every_other_blocker");
        yield return new TestCaseData(2, Executability.Blocked, ReasonCodes.BlockedReferenceConflict).SetName("A_reference_conflict_wins_over_media_and_freshness");
        yield return new TestCaseData(3, Executability.Blocked, ReasonCodes.BlockedUnresolvedMediaCandidates).SetName("Undecided_media_win_over_freshness");
        yield return new TestCaseData(4, Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown).SetName("Unknown_freshness_wins_over_stale");
        yield return new TestCaseData(5, Executability.PreviewOnly, ReasonCodes.BlockedFreshnessStale).SetName("Stale_freshness_is_preview_only");
        yield return new TestCaseData(6, Executability.Executable, ReasonCodes.None).SetName("No_blocker_is_executable");
    }

    [TestCaseSource(nameof(PrecedenceMatrix))]
    public void Precedence(int level, string executability, string reason)
    {
        var gate = ExecutabilityGate.Evaluate(
            level <= 1 ? [null, "allow_deletion"] : ["skip_deletion"],
            level <= 2 ? [("reference_conflict", null), ("value_conflict", null)] : [("reference_conflict", "abort_and_replan")],
            level <= 3 ? [null, null, "include"] : ["exclude"],
            [FreshWatermark, .. level <= 4 ? new[] { UnknownWatermark } : [], .. level <= 5 ? new[] { StaleWatermark, StaleWatermark } : []]);

        Assert.That(gate, Is.EqualTo(new DryRunGate(
            executability, reason,
            UnresolvedDeleteCandidates: level <= 1 ? 1 : 0,
            UnresolvedMediaCandidates: level <= 3 ? 2 : 0,
            UnresolvedHardBlockConflicts: level <= 2 ? 1 : 0,
            StalePartitionCount: level <= 5 ? 2 : 0,
            UnknownPartitionCount: level <= 4 ? 1 : 0)));
    }

    [Test]
    public void Non_reference_conflicts_never_block()
    {
        var gate = ExecutabilityGate.Evaluate([], [("value_conflict", null), ("schema_conflict", null), ("stale_conflict", null)], [], [FreshWatermark]);

        Assert.That((gate.Executability, gate.ReasonCode, gate.UnresolvedHardBlockConflicts), Is.EqualTo((Executability.Executable, ReasonCodes.None, 0)));
    }

    [Test]
    public void A_watermark_with_the_unknown_reason_counts_as_unknown_and_not_also_as_stale()
    {
        var gate = ExecutabilityGate.Evaluate([], [], [], [Watermark(Freshness.Stale, Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown)]);

        Assert.That((gate.UnknownPartitionCount, gate.StalePartitionCount), Is.EqualTo((1, 0)));
    }

    [Test]
    public void A_non_executable_watermark_counts_as_stale_even_when_marked_fresh()
    {
        var gate = ExecutabilityGate.Evaluate([], [], [], [Watermark(Freshness.Fresh, Executability.PreviewOnly, ReasonCodes.None)]);

        Assert.That((gate.Executability, gate.StalePartitionCount), Is.EqualTo((Executability.PreviewOnly, 1)));
    }

    [Test]
    public void An_empty_authoritative_list_counts_as_one_unknown_partition()
    {
        var gate = ExecutabilityGate.Evaluate([], [], [], []);

        Assert.That((gate.Executability, gate.ReasonCode, gate.UnknownPartitionCount), Is.EqualTo((Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown, 1)));
    }

    [TestCaseSource(typeof(SharedVectors), nameof(SharedVectors.PlanHashVectorCases))]
    public void Gate_of_vector_is_recomputed_from_its_response(string name)
    {
        var response = SharedVectors.PlanHashVector(name)["expected"]!["response"]!;
        var expected = response["gate"]!;

        var gate = ExecutabilityGate.Evaluate(
            response["delete_candidates"]!.AsArray().Select(d => d!["decision"].OptionalText()),
            response["plan"]!["conflicts"]!.AsArray().Select(c => (c!["class"].Text(), c["resolution"].OptionalText())),
            response["media_candidates"]!.AsArray().Select(m => m!["decision"].OptionalText()),
            response["watermarks"]!.AsArray().Select(w => Watermark(w!["freshness"].Text(), w["executability"].Text(), w["reason_code"].Text())));

        Assert.That(gate, Is.EqualTo(new DryRunGate(
            expected["executability"].Text(), expected["reason_code"].Text(),
            expected["unresolved_delete_candidates"]!.GetValue<int>(), expected["unresolved_media_candidates"]!.GetValue<int>(),
            expected["unresolved_hard_block_conflicts"]!.GetValue<int>(), expected["stale_partition_count"]!.GetValue<int>(),
            expected["unknown_partition_count"]!.GetValue<int>())));
    }

    private static AuthoritativeWatermark Watermark(string freshness, string executability, string reason) =>
        new("tenant-acme", "sn-dev-01", "sn://acme-dev.service-now.com", "rez.cdc", 1, "gen-01", "100",
            "2026-02-16T12:00:00.000Z", "2026-02-16T00:00:00.000Z", "2026-02-16T12:00:00.000Z",
            freshness, executability, reason, "2026-02-16T12:01:00.000Z");
}
