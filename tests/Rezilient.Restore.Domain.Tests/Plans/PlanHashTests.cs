using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class PlanHashTests
{
    [TestCaseSource(typeof(SharedVectors), nameof(SharedVectors.PlanHashVectorCases))]
    public void Plan_hash_of_vector_equals_the_hash_in_its_plan(string name)
    {
        var expected = SharedVectors.PlanHashVector(name)["expected"]!;
        var input = expected["response"]!["plan_hash_input"]!.AsObject();

        var (canonicalText, hash) = PlanHash.Compute(input);

        Assert.Multiple(() =>
        {
            Assert.That(canonicalText, Is.EqualTo(expected["canonical_json"].Text()));
            Assert.That(hash, Is.EqualTo(expected["plan_hash"].Text()));
            Assert.That(hash, Is.EqualTo(expected["response"]!["plan"]!["plan_hash"].Text()));
        });
    }

    [Test]
    public void Plan_id_and_explicit_empty_arrays_do_not_change_the_hash()
    {
        var v01 = SharedVectors.PlanHashVector("v01-minimal-table-skip")["expected"]!["response"]!["plan_hash_input"]!.AsObject();
        var v14 = SharedVectors.PlanHashVector("v14-explicit-empty-arrays-same-hash-as-v01")["expected"]!["response"]!["plan_hash_input"]!.AsObject();

        Assert.That(PlanHash.Compute(v14).Hash, Is.EqualTo(PlanHash.Compute(v01).Hash));
    }

    [Test]
    public void Seconds_and_milliseconds_forms_of_the_same_instant_hash_differently()
    {
        var v04 = SharedVectors.PlanHashVector("v04-timestamps-second-precision")["expected"]!["response"]!["plan_hash_input"]!.AsObject();
        var v05 = SharedVectors.PlanHashVector("v05-timestamps-millisecond-precision")["expected"]!["response"]!["plan_hash_input"]!.AsObject();

        Assert.That(PlanHash.Compute(v04).Hash, Is.Not.EqualTo(PlanHash.Compute(v05).Hash));
    }

    [Test]
    public void Member_order_of_the_input_does_not_change_the_hash()
    {
        var forward = new JsonObject { ["a"] = 1, ["b"] = new JsonArray("x", "y") };
        var backward = new JsonObject { ["b"] = new JsonArray("x", "y"), ["a"] = 1 };

        Assert.That(PlanHash.Compute(backward), Is.EqualTo(PlanHash.Compute(forward)));
    }

    [Test]
    public void The_hash_is_64_lower_case_hex_characters()
    {
        var (_, hash) = PlanHash.Compute(new JsonObject());

        Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
    }
}
