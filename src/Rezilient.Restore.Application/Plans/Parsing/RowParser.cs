using System.Text.Json;

namespace Rezilient.Restore.Application.Plans.Parsing;

/// <summary>A plan row with its encrypted-value envelope (spec 03 §5.4, §5.4.1).</summary>
internal static class RowParser
{
    private static readonly string[] RowMembers =
        ["row_id", "table", "record_sys_id", "action", "precondition_hash", "metadata", "values"];

    private static readonly string[] EncryptedMembers = ["diff_enc", "before_image_enc", "after_image_enc"];

    // Declared so that they reach the plaintext rule instead of the unknown-member check.
    private static readonly string[] PlaintextMembers = ["diff_plain", "before_image_plain", "after_image_plain"];

    private static readonly string[] PayloadMembers =
        ["v", "alg", "kid", "module", "format", "compression", "ciphertext", "sha256"];

    public static DryRunRow? Parse(JsonElement item, string prefix, ValidationIssues issues)
    {
        var row = JsonObjectReader.Open(item, prefix, issues, RowMembers);
        if (row is null)
        {
            return null;
        }

        var rowId = row.String("row_id");
        var table = row.String("table");
        var recordSysId = row.String("record_sys_id");
        var action = row.Option("action", WireEnums.RowActions);
        row.Sha256Hex("precondition_hash");
        var metadata = MetadataEnvelopeParser.Read(row, required: true);
        var hasEncryptedValues = ReadValues(row);
        row.RejectUnknownMembers();

        row.Rule(metadata.Table is null || metadata.Table == table, "metadata.table must match table");
        row.Rule(metadata.RecordSysId is null || metadata.RecordSysId == recordSysId, "metadata.record_sys_id must match record_sys_id");
        row.Rule(action == WireEnums.SkipAction || hasEncryptedValues, "non-skip plan rows require encrypted value material");
        return row.Failed ? null : new DryRunRow(rowId!, action!, metadata.Topic, metadata.Partition, row.Output);
    }

    /// <summary>Validates <c>values</c> when present; true when it carries at least one encrypted payload.</summary>
    private static bool ReadValues(JsonObjectReader row)
    {
        var values = row.Object("values", required: false, [.. EncryptedMembers, .. PlaintextMembers]);
        if (values is null)
        {
            return false;
        }

        foreach (var member in EncryptedMembers)
        {
            ReadPayload(values.Object(member, required: false, PayloadMembers));
        }

        values.RejectUnknownMembers();
        foreach (var member in PlaintextMembers)
        {
            // Present with any value, null included (spec 03 §5.4.1).
            values.Rule(!values.Has(member), $"{member} is not allowed in RRS payloads");
        }

        return EncryptedMembers.Any(values.Has);
    }

    private static void ReadPayload(JsonObjectReader? payload)
    {
        if (payload is null)
        {
            return;
        }

        payload.Int("v", IntBound.Positive, required: false);
        payload.String("alg");
        payload.String("kid", required: false);
        payload.String("module", required: false);
        payload.String("format", required: false);
        payload.Option("compression", WireEnums.Compressions, required: false);
        payload.String("ciphertext");
        payload.String("sha256", required: false); // not lower-cased, not checked as hex
        payload.RejectUnknownMembers();
    }
}
