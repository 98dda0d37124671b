using System.Text;
using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class CanonicalJsonTests
{
    private static IEnumerable<TestCaseData> EvidenceCases() =>
        SharedVectors.Load("evidence", "canonical-json.json").AsArray()
            .Select(c => new TestCaseData(c!["name"].Text()).SetArgDisplayNames(c["name"].Text()));

    [TestCaseSource(nameof(EvidenceCases))]
    public void Evidence_case_serialises_to_the_reference_bytes_and_hash(string name)
    {
        var vector = SharedVectors.Load("evidence", "canonical-json.json").AsArray().Single(c => c!["name"].Text() == name)!;
        var input = JsonNode.Parse(vector["input_json"].Text());

        var canonical = CanonicalJson.Serialize(input);

        Assert.Multiple(() =>
        {
            Assert.That(canonical, Is.EqualTo(vector["canonical_json"].Text()));
            Assert.That(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(canonical)), Is.EqualTo(vector["canonical_utf8_hex"].Text()));
            Assert.That(Encoding.UTF8.GetByteCount(canonical), Is.EqualTo(vector["utf8_bytes"]!.GetValue<int>()));
            Assert.That(CanonicalJson.Sha256Hex(canonical), Is.EqualTo(vector["sha256"].Text()));
        });
    }

    [TestCaseSource(typeof(SharedVectors), nameof(SharedVectors.PlanHashVectorCases))]
    public void Plan_hash_input_of_vector_serialises_to_its_canonical_json_and_hash(string name)
    {
        var expected = SharedVectors.PlanHashVector(name)["expected"]!;

        var canonical = CanonicalJson.Serialize(expected["response"]!["plan_hash_input"]);

        Assert.Multiple(() =>
        {
            Assert.That(canonical, Is.EqualTo(expected["canonical_json"].Text()));
            Assert.That(Encoding.UTF8.GetByteCount(canonical), Is.EqualTo(expected["canonical_json_utf8_bytes"]!.GetValue<int>()));
            Assert.That(CanonicalJson.Sha256Hex(canonical), Is.EqualTo(expected["plan_hash"].Text()));
        });
    }

    [Test]
    public void All_fourteen_plan_hash_vectors_are_present()
    {
        Assert.That(SharedVectors.PlanHashVectorNames(), Has.Count.EqualTo(14));
    }

    [Test]
    public void A_member_holding_a_null_node_is_written_as_null()
    {
        var node = new JsonObject { ["b"] = null, ["a"] = 1 };

        Assert.That(CanonicalJson.Serialize(node), Is.EqualTo("{\"a\":1,\"b\":null}"));
    }

    [Test]
    public void A_lone_surrogate_is_escaped_in_lower_case()
    {
        var node = JsonValue.Create("x\uD800y\uDFFFz");

        Assert.That(CanonicalJson.Serialize(node), Is.EqualTo("\"x\\ud800y\\udfffz\""));
    }

    [Test]
    public void Values_built_in_code_serialise_like_parsed_values()
    {
        var built = new JsonObject
        {
            ["count"] = JsonValue.Create(42L),
            ["flag"] = JsonValue.Create(true),
            ["html"] = JsonValue.Create("<a href='x'>&</a>\u2028é"),
            ["size"] = JsonValue.Create(128m),
            ["items"] = new JsonArray(JsonValue.Create(2), JsonValue.Create(-0.0)),
        };

        Assert.That(
            CanonicalJson.Serialize(built),
            Is.EqualTo("{\"count\":42,\"flag\":true,\"html\":\"<a href='x'>&</a>\u2028é\",\"items\":[2,0],\"size\":128}"));
    }

    [TestCase("128.0", "128")]
    [TestCase("1.28e2", "128")]
    [TestCase("3E0", "3")]
    [TestCase("9007199254740991", "9007199254740991")]
    [TestCase("-0", "0")]
    [TestCase("0.000001", "0.000001")]
    [TestCase("1e21", "1e+21")]
    [TestCase("1e400", "null")]
    public void Numbers_are_written_as_javascript_writes_them(string json, string expected)
    {
        Assert.That(CanonicalJson.Serialize(JsonNode.Parse(json)), Is.EqualTo(expected));
    }

    [Test]
    public void Array_index_keys_come_first_in_numeric_order()
    {
        var node = JsonNode.Parse("{\"b\":1,\"10\":2,\"2\":3,\"02\":4,\"a\":5}");

        Assert.That(CanonicalJson.Serialize(node), Is.EqualTo("{\"2\":3,\"10\":2,\"02\":4,\"a\":5,\"b\":1}"));
    }

    [Test]
    public void Sha256_hex_is_lower_case_over_utf8()
    {
        Assert.That(CanonicalJson.Sha256Hex("\u00E9"), Is.EqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"));
    }
}
