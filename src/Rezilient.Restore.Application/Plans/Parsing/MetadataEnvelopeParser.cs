using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>The inner metadata members the rest of the parse needs (cross-field rules, partitions to check).</summary>
internal sealed record MetadataFacts(string? Table, string? RecordSysId, string? Topic, long? Partition)
{
    public static readonly MetadataFacts None = new(null, null, null, null);
}

/// <summary>The metadata envelope <c>{allowlist_version, metadata}</c> (spec 03 §5.5).</summary>
internal static class MetadataEnvelopeParser
{
    private const string MemberName = "metadata";

    private static readonly string[] EnvelopeMembers = ["allowlist_version", MemberName];

    // Spec 03 §5.5 validation order.
    private static readonly string[] InnerMembers =
    [
        "tenant_id", "instance_id", "source", "table", "record_sys_id", "attachment_sys_id", "media_id", "event_id",
        "event_type", "operation", "schema_version", "sys_updated_on", "sys_mod_count", "__time", "topic",
        "partition", "offset", "content_type", "size_bytes", "sha256_plain",
    ];

    /// <summary>Validates <c>parent.metadata</c> in place; <see cref="MetadataFacts.None"/> when absent or invalid.</summary>
    public static MetadataFacts Read(JsonObjectReader parent, bool required)
    {
        var envelope = parent.Object(MemberName, required, EnvelopeMembers);
        if (envelope is null)
        {
            return MetadataFacts.None;
        }

        envelope.Option("allowlist_version", [PlanContract.MetadataAllowlistVersion]);
        var facts = ReadInner(envelope.Object(MemberName, required: true, InnerMembers));
        envelope.RejectUnknownMembers();
        return envelope.Failed ? MetadataFacts.None : facts;
    }

    private static MetadataFacts ReadInner(JsonObjectReader? inner)
    {
        if (inner is null)
        {
            return MetadataFacts.None;
        }

        inner.String("tenant_id", required: false);
        inner.String("instance_id", required: false);
        inner.String("source", required: false);
        var table = inner.String("table", required: false);
        var recordSysId = inner.String("record_sys_id", required: false);
        inner.String("attachment_sys_id", required: false);
        inner.String("media_id", required: false);
        inner.String("event_id", required: false);
        inner.String("event_type", required: false);
        inner.Option("operation", WireEnums.Operations, required: false);
        inner.Int("schema_version", IntBound.Positive, required: false);
        inner.ServiceNowTimestamp("sys_updated_on", required: false);
        inner.Int("sys_mod_count", IntBound.NonNegative, required: false);
        inner.IsoDateTime("__time", required: false);
        var topic = inner.String("topic", required: false);
        var partition = inner.Int("partition", IntBound.NonNegative, required: false);
        inner.Offset("offset", required: false);
        inner.String("content_type", required: false);
        inner.Int("size_bytes", IntBound.NonNegative, required: false);
        inner.Sha256Hex("sha256_plain", required: false);
        inner.RejectUnknownMembers();
        return new MetadataFacts(table, recordSysId, topic, partition);
    }
}
