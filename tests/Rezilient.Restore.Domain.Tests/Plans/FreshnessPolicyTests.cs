using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Domain.Tests.Plans;

public sealed class FreshnessPolicyTests
{
    private const string Tenant = "tenant-acme";
    private const string Instance = "sn-dev-01";
    private const string Source = "sn://acme-dev.service-now.com";

    private static readonly DateTimeOffset Now = new(2026, 2, 16, 12, 1, 0, TimeSpan.Zero);
    private static readonly PartitionKey Requested = new("rez.cdc", 1);

    [TestCase(120_000, Freshness.Fresh, TestName = "A_lag_of_exactly_120_seconds_is_fresh")]
    [TestCase(120_500, Freshness.Fresh, TestName = "A_lag_of_120_5_seconds_floors_to_120_and_is_fresh")]
    [TestCase(120_999, Freshness.Fresh, TestName = "A_lag_just_below_121_seconds_is_fresh")]
    [TestCase(121_000, Freshness.Stale, TestName = "A_lag_of_121_seconds_is_stale")]
    [TestCase(-300_000, Freshness.Fresh, TestName = "An_index_time_in_the_future_clamps_to_zero_lag_and_is_fresh")]
    public void Lag_against_the_default_threshold(int lagMilliseconds, string expected)
    {
        var watermark = Evaluate(Row(Now.AddMilliseconds(-lagMilliseconds)), 120);

        Assert.That(watermark.Freshness, Is.EqualTo(expected));
    }

    [Test]
    public void A_stale_partition_is_preview_only_with_the_stale_reason()
    {
        var watermark = Evaluate(Row(Now.AddSeconds(-121)), 120);

        Assert.That(
            (watermark.Freshness, watermark.Executability, watermark.ReasonCode),
            Is.EqualTo((Freshness.Stale, Executability.PreviewOnly, ReasonCodes.BlockedFreshnessStale)));
    }

    [Test]
    public void A_fresh_partition_is_executable_without_a_reason()
    {
        var watermark = Evaluate(Row(Now.AddSeconds(-5)), 120);

        Assert.That(
            (watermark.Freshness, watermark.Executability, watermark.ReasonCode),
            Is.EqualTo((Freshness.Fresh, Executability.Executable, ReasonCodes.None)));
    }

    [TestCase(0)]
    [TestCase(-7)]
    public void A_threshold_below_one_falls_back_to_120_seconds(int staleAfterSeconds)
    {
        Assert.That(Evaluate(Row(Now.AddSeconds(-120)), staleAfterSeconds).Freshness, Is.EqualTo(Freshness.Fresh));
        Assert.That(Evaluate(Row(Now.AddSeconds(-121)), staleAfterSeconds).Freshness, Is.EqualTo(Freshness.Stale));
    }

    [Test]
    public void Times_are_truncated_to_milliseconds_before_the_lag_is_measured()
    {
        // Untruncated the lag is 120.9999 s (fresh); on millisecond values it is 121 s.
        var watermark = Evaluate(Row(Now.AddSeconds(-121).AddTicks(5_000)), 120, Now.AddTicks(4_000));

        Assert.That(watermark.Freshness, Is.EqualTo(Freshness.Stale));
        Assert.That(watermark.MeasuredAt, Is.EqualTo("2026-02-16T12:01:00.000Z"));
        Assert.That(watermark.IndexedThroughTime, Is.EqualTo("2026-02-16T11:58:59.000Z"));
    }

    [Test]
    public void A_missing_index_row_synthesises_the_unknown_watermark()
    {
        var watermark = Evaluate(null, 120);

        Assert.That(watermark, Is.EqualTo(new AuthoritativeWatermark(
            Tenant, Instance, Source, "rez.cdc", 1, "unknown", "0",
            "2026-02-16T12:01:00.000Z", "2026-02-16T12:01:00.000Z", "2026-02-16T12:01:00.000Z",
            Freshness.Unknown, Executability.Blocked, ReasonCodes.BlockedFreshnessUnknown, "2026-02-16T12:01:00.000Z")));
    }

    [TestCaseSource(typeof(SharedVectors), nameof(SharedVectors.PlanHashVectorCases))]
    public void Watermarks_of_vector_are_recomputed_from_its_index_rows(string name)
    {
        var vector = SharedVectors.PlanHashVector(name);
        var expected = vector["expected"]!["response"]!["watermarks"]!.AsArray().Select(Watermark).ToList();
        var requested = expected.Select(w => new PartitionKey(w.Topic, w.Partition));

        Assert.That(Recompute(vector, requested), Is.EqualTo(expected));
    }

    [Test]
    public void Vector_v12_partitions_taken_from_rows_are_trimmed_deduplicated_and_ordered_by_topic_then_partition()
    {
        var vector = SharedVectors.PlanHashVector("v12-freshness-mix-unknown-wins");
        var requested = vector["request"]!["rows"]!.AsArray()
            .Select(row => row!["metadata"]?["metadata"])
            .Where(m => m?["partition"] is not null && !string.IsNullOrWhiteSpace(m["topic"].OptionalText()))
            .Select(m => new PartitionKey(m!["topic"].Text().Trim(), m["partition"]!.GetValue<long>()))
            .Distinct()
            .OrderBy(p => p.Topic, RestoreCollation.Comparer)
            .ThenBy(p => p.Partition);

        var expected = vector["expected"]!["response"]!["watermarks"]!.AsArray().Select(Watermark);

        Assert.That(Recompute(vector, requested), Is.EqualTo(expected));
    }

    private static List<AuthoritativeWatermark> Recompute(JsonNode vector, IEnumerable<PartitionKey> requested)
    {
        var setup = vector["setup"]!;
        var request = vector["request"]!;
        var (tenant, instance, source) = (request["tenant_id"].Text(), request["instance_id"].Text(), request["source"].Text());
        var rows = setup["restore_index_rows"]!.AsArray();

        return requested.Select(key =>
        {
            var row = rows.FirstOrDefault(r =>
                r!["tenant_id"].Text() == tenant && r["instance_id"].Text() == instance && r["source"].Text() == source
                && r["topic"].Text() == key.Topic && r["kafka_partition"]!.GetValue<long>() == key.Partition);
            return FreshnessPolicy.Evaluate(
                tenant, instance, source, key, row is null ? null : IndexRow(row),
                setup["now"].Instant(), setup["stale_after_seconds"]!.GetValue<int>());
        }).ToList();
    }

    private static IndexedPartition IndexRow(JsonNode row)
    {
        Assert.That(KafkaOffset.TryCanonicalize(row["indexed_through_offset"].Text(), out var offset), Is.True);
        return new IndexedPartition(
            row["topic"].Text(), row["kafka_partition"]!.GetValue<long>(), row["generation_id"].Text(), offset,
            row["indexed_through_time"].Instant(), row["coverage_start"].Instant(), row["coverage_end"].Instant());
    }

    private static AuthoritativeWatermark Watermark(JsonNode? w)
    {
        Assert.That(w!["contract_version"].Text(), Is.EqualTo(PlanContract.ContractVersion));
        return new AuthoritativeWatermark(
            w["tenant_id"].Text(), w["instance_id"].Text(), w["source"].Text(), w["topic"].Text(),
            w["partition"]!.GetValue<long>(), w["generation_id"].Text(), w["indexed_through_offset"].Text(),
            w["indexed_through_time"].Text(), w["coverage_start"].Text(), w["coverage_end"].Text(),
            w["freshness"].Text(), w["executability"].Text(), w["reason_code"].Text(), w["measured_at"].Text());
    }

    private static IndexedPartition Row(DateTimeOffset indexedThrough) =>
        new("rez.cdc", 1, "gen-01", "100", indexedThrough, Now.AddHours(-12), indexedThrough);

    private static AuthoritativeWatermark Evaluate(IndexedPartition? row, int staleAfterSeconds, DateTimeOffset? measuredAt = null) =>
        FreshnessPolicy.Evaluate(Tenant, Instance, Source, Requested, row, measuredAt ?? Now, staleAfterSeconds);
}
