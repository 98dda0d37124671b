using System.Text.Json.Nodes;
using Rezilient.Restore.Application.Jobs.Parsing;
using static Rezilient.Restore.Application.Tests.Jobs.Parsing.JobBodies;

namespace Rezilient.Restore.Application.Tests.Jobs.Parsing;

/// <summary>The stored approval's placeholder and wire form (spec 04 §1.3, spec 08 A7).</summary>
public sealed class JobApprovalTests
{
    [Test]
    public void The_placeholder_is_the_spec_object()
    {
        Assert.That(
            JobApproval.Placeholder.ToJson().ToJsonString(),
            Is.EqualTo("""{"approval_required":false,"approval_state":"placeholder_not_enforced","approval_placeholder_mode":"mvp_not_enforced"}"""));
    }

    [Test]
    public void A_full_approval_round_trips_in_table_order()
    {
        var sent = FullApproval();

        var approval = RequestOf(ParseCreate(WithApproval(sent))).Approval!;

        Assert.That(approval.ToJson().ToJsonString(), Is.EqualTo(sent.ToJsonString()));
    }

    [Test]
    public void Members_sent_out_of_order_are_emitted_in_table_order()
    {
        var sent = FullApproval();
        var shuffled = new JsonObject(sent.Reverse().Select(pair => KeyValuePair.Create(pair.Key, pair.Value?.DeepClone())));

        var approval = RequestOf(ParseCreate(WithApproval(shuffled))).Approval!;

        Assert.That(approval.ToJson().Select(pair => pair.Key), Is.EqualTo(sent.Select(pair => pair.Key)));
    }

    [Test]
    public void Null_optional_members_are_omitted()
    {
        var approval = JobApproval.Placeholder with
        {
            ApprovalState = "requested",
            ApprovalRequestedBy = "requester@example.com",
            ApprovalSnapshotHash = "ABCDEFabcdef0123456789ABCDEFabcdef0123456789ABCDEFabcdef01234567",
        };

        Assert.That(
            approval.ToJson().Select(pair => pair.Key),
            Is.EqualTo(new[]
            {
                "approval_required", "approval_state", "approval_requested_by", "approval_snapshot_hash",
                "approval_placeholder_mode",
            }));
        Assert.That(
            approval.ToJson()["approval_snapshot_hash"]!.GetValue<string>(),
            Is.EqualTo("ABCDEFabcdef0123456789ABCDEFabcdef0123456789ABCDEFabcdef01234567"));
    }

    [Test]
    public void Each_call_returns_a_fresh_object()
    {
        var first = JobApproval.Placeholder.ToJson();
        first["approval_required"] = true;

        Assert.That(JobApproval.Placeholder.ToJson()["approval_required"]!.GetValue<bool>(), Is.False);
    }
}
