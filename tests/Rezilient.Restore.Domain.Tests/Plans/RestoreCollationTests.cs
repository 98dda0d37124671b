using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class RestoreCollationTests
{
    private static readonly JsonNode Vector = SharedVectors.Load("plan-hash", "collation-order.json");

    [Test]
    public void Icu_collation_is_active_in_the_test_process()
    {
        Assert.That(RestoreCollation.IcuIsActive(), Is.True);
    }

    [Test]
    public void Stable_sort_of_the_vector_input_reproduces_the_reference_order()
    {
        var input = Strings(Vector["input"]);

        var sorted = RestoreCollation.StableSort(input, s => s);

        Assert.That(sorted, Is.EqualTo(Strings(Vector["sorted"])));
    }

    [Test]
    public void Printable_ascii_sorts_in_the_reference_order()
    {
        var expected = Vector["printable_ascii_sorted"].Text();
        var input = Enumerable.Range(0x20, 0x7F - 0x20).Select(c => ((char)c).ToString()).Reverse();

        var sorted = string.Concat(RestoreCollation.StableSort(input, s => s));

        Assert.That(sorted, Is.EqualTo(expected));
    }

    [Test]
    public void Every_pairwise_sign_matches_the_reference()
    {
        Assert.Multiple(() =>
        {
            foreach (var pair in Vector["pairwise_sign"]!.AsArray())
            {
                var left = pair!["left"].Text();
                var right = pair["right"].Text();
                var expected = pair["compare"]!.GetValue<int>();

                Assert.That(Math.Sign(RestoreCollation.Compare(left, right)), Is.EqualTo(expected), $"{left} vs {right}");
                Assert.That(Math.Sign(RestoreCollation.Comparer.Compare(right, left)), Is.EqualTo(-expected), $"{right} vs {left}");
            }
        });
    }

    [Test]
    public void Distinct_strings_the_reference_treats_as_equal_compare_equal()
    {
        Assert.Multiple(() =>
        {
            foreach (var pair in Vector["compare_equal_but_distinct"]!.AsArray())
            {
                var left = pair!["left"].Text();
                var right = pair["right"].Text();

                Assert.That(RestoreCollation.Compare(left, right), Is.Zero, $"{Escape(left)} vs {Escape(right)}");
                Assert.That(string.Equals(left, right, StringComparison.Ordinal), Is.EqualTo(pair["ordinal_equal"]!.GetValue<bool>()));
            }
        });
    }

    [Test]
    public void Stable_sort_keeps_the_input_order_of_keys_that_compare_equal()
    {
        var items = new[] { ("e\u0301clair", 1), ("b", 2), ("\u00E9clair", 3), ("a", 4) };

        var sorted = RestoreCollation.StableSort(items, i => i.Item1);

        Assert.That(sorted.Select(i => i.Item2), Is.EqualTo(new[] { 4, 2, 1, 3 }));
    }

    [Test]
    public void Numbers_inside_strings_are_not_ordered_numerically()
    {
        Assert.That(RestoreCollation.Compare("row-10", "row-9"), Is.Negative);
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n.Text()).ToList();

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:x4}" : c.ToString()));
}
