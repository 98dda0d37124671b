using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rezilient.Restore.Domain.Common;
using Rezilient.Restore.Domain.Plans;

namespace Rezilient.Restore.Application.Plans.Common;

/// <summary>
/// The JSON shapes of a dry-run (spec 03 §9, §14): the plan-hash input, and the stored record whose seven response
/// members are returned identically by the creating POST, any replay and <c>GET /v1/plans/{plan_id}</c>.
/// </summary>
public static class DryRunRecord
{
    /// <summary>The scope members stored in the record but never returned (spec 03 §14.1).</summary>
    private static readonly string[] ScopeMembers = ["tenant_id", "instance_id", "source"];

    private static readonly JsonSerializerOptions StorageOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject DefaultApproval() => new()
    {
        ["approval_required"] = false,
        ["approval_state"] = "placeholder_not_enforced",
        ["approval_placeholder_mode"] = "mvp_not_enforced",
    };

    public static JsonObject ToJson(ActionCounts counts) => new()
    {
        ["update"] = counts.Update,
        ["insert"] = counts.Insert,
        ["delete"] = counts.Delete,
        ["skip"] = counts.Skip,
        ["conflict"] = counts.Conflict,
        ["attachment_apply"] = counts.AttachmentApply,
        ["attachment_skip"] = counts.AttachmentSkip,
    };

    public static JsonObject ToJson(DryRunGate gate) => new()
    {
        ["executability"] = gate.Executability,
        ["reason_code"] = gate.ReasonCode,
        ["unresolved_delete_candidates"] = gate.UnresolvedDeleteCandidates,
        ["unresolved_media_candidates"] = gate.UnresolvedMediaCandidates,
        ["unresolved_hard_block_conflicts"] = gate.UnresolvedHardBlockConflicts,
        ["stale_partition_count"] = gate.StalePartitionCount,
        ["unknown_partition_count"] = gate.UnknownPartitionCount,
    };

    public static JsonObject ToJson(AuthoritativeWatermark w) => new()
    {
        ["contract_version"] = w.ContractVersion,
        ["tenant_id"] = w.TenantId,
        ["instance_id"] = w.InstanceId,
        ["source"] = w.Source,
        ["topic"] = w.Topic,
        ["partition"] = w.Partition,
        ["generation_id"] = w.GenerationId,
        ["indexed_through_offset"] = w.IndexedThroughOffset,
        ["indexed_through_time"] = w.IndexedThroughTime,
        ["coverage_start"] = w.CoverageStart,
        ["coverage_end"] = w.CoverageEnd,
        ["freshness"] = w.Freshness,
        ["executability"] = w.Executability,
        ["reason_code"] = w.ReasonCode,
        ["measured_at"] = w.MeasuredAt,
    };

    public static JsonObject ToJson(PitResolution r)
    {
        var json = new JsonObject
        {
            ["row_id"] = r.RowId,
            ["table"] = r.Table,
            ["record_sys_id"] = r.RecordSysId,
            ["winning_event_id"] = r.WinningEventId,
            ["winning_sys_updated_on"] = r.WinningSysUpdatedOn,
        };
        if (r.WinningSysModCount is { } modCount)
        {
            json["winning_sys_mod_count"] = modCount;
        }

        json["winning_event_time"] = r.WinningEventTime;
        return json;
    }

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    /// <summary>The stored text of a record: serialized once, kept verbatim (spec 08 B5.1, B6.5).</summary>
    public static string Serialize(JsonObject record) => record.ToJsonString(StorageOptions);

    /// <summary>The response body from a stored record: the record without its tenant/instance/source.</summary>
    public static JsonObject ResponseFrom(string recordJson)
    {
        var record = JsonNode.Parse(recordJson)!.AsObject();
        foreach (var member in ScopeMembers)
        {
            record.Remove(member);
        }

        return record;
    }

    /// <summary>Wire form of a service-produced timestamp.</summary>
    public static string Wire(DateTimeOffset instant) => instant.ToWireString();
}
