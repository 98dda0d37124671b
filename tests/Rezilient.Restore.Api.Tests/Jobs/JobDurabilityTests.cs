using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>Spec 04 DU-2/DU-3 (spec 08 B12 R1/R2): a new host on the same database continues the same queue.</summary>
public sealed class JobDurabilityTests : JobsTestBase
{
    [Test]
    public async Task Queue_fairness_survives_restarts()
    {
        var hash = await Api.CreatePlanAsync(JobsApi.Acme, "plan-1", "incident");
        var one = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var two = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var three = await Api.CreateJobIdAsync("plan-1", hash, "incident");
        var before = (await Api.GetJobAsync(two)).Text;

        string[] afterFirstRestart;
        await using (var restarted = new RestoreApiFactory(Database, EnvironmentOverrides))
        {
            var api = new JobsApi(restarted.CreateClient(), Database, restarted.Clock);
            Assert.That((await api.GetJobAsync(two)).Text, Is.EqualTo(before), "reads back identically");
            afterFirstRestart = await api.PromotedAsync(one);
        }

        await using var again = new RestoreApiFactory(Database, EnvironmentOverrides);
        var secondApi = new JobsApi(again.CreateClient(), Database, again.Clock);

        Assert.That(afterFirstRestart, Is.EqualTo(new[] { two }));
        Assert.That(await secondApi.PromotedAsync(two), Is.EqualTo(new[] { three }));
        Assert.That(await secondApi.StatusAsync(three), Is.EqualTo("running"));
    }
}
