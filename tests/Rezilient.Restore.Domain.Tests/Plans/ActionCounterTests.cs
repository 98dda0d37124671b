using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class ActionCounterTests
{
    [Test]
    public void Rows_are_counted_by_action()
    {
        var counts = ActionCounter.Count(["update", "skip", "update", "insert", "delete", "update"], 0, []);

        Assert.That(counts, Is.EqualTo(new ActionCounts(3, 1, 1, 1, 0, 0, 0)));
    }

    [Test]
    public void Conflicts_are_counted_whatever_their_class_or_resolution()
    {
        Assert.That(ActionCounter.Count([], 4, []).Conflict, Is.EqualTo(4));
    }

    [Test]
    public void Included_media_are_applied_excluded_skipped_and_undecided_in_neither()
    {
        var counts = ActionCounter.Count([], 0, ["include", null, "exclude", "include", null]);

        Assert.That((counts.AttachmentApply, counts.AttachmentSkip), Is.EqualTo((2, 1)));
    }

    [Test]
    public void An_unknown_row_action_is_a_fault()
    {
        Assert.Throws<ArgumentException>(() => ActionCounter.Count(["upsert"], 0, []));
    }

    [TestCaseSource(typeof(SharedVectors), nameof(SharedVectors.PlanHashVectorCases))]
    public void Action_counts_of_vector_are_recomputed_from_its_plan_input(string name)
    {
        var response = SharedVectors.PlanHashVector(name)["expected"]!["response"]!;
        var input = response["plan_hash_input"]!;
        var expected = response["plan"]!["action_counts"]!;

        var counts = ActionCounter.Count(
            input["rows"]!.AsArray().Select(r => r!["action"].Text()),
            response["plan"]!["conflicts"]!.AsArray().Count,
            input["media_candidates"]!.AsArray().Select(m => m!["decision"].OptionalText()));

        Assert.That(counts, Is.EqualTo(new ActionCounts(
            expected["update"]!.GetValue<int>(), expected["insert"]!.GetValue<int>(), expected["delete"]!.GetValue<int>(),
            expected["skip"]!.GetValue<int>(), expected["conflict"]!.GetValue<int>(),
            expected["attachment_apply"]!.GetValue<int>(), expected["attachment_skip"]!.GetValue<int>())));
    }
}
