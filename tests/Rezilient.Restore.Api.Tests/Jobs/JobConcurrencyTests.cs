using System.Collections.Concurrent;
using Npgsql;
using Rezilient.Restore.Api.Tests.Support;

namespace Rezilient.Restore.Api.Tests.Jobs;

/// <summary>
/// Spec 04 DU-5 / decision J4: two service instances on one database take overlapping creates and completes in
/// parallel; afterwards SQL shows that no two holders ever shared a table, queue and lock rows agree with job
/// statuses, promotion was eager and FIFO, and every status change has its events.
/// </summary>
[NonParallelizable]
public sealed class JobConcurrencyTests : JobsTestBase
{
    private const int Jobs = 60;
    private static readonly string[] Tables = ["t_a", "t_b", "t_c"];

    [Test]
    public async Task Two_instances_keep_the_lock_queue_invariants_under_parallel_creates_and_completes()
    {
        await using var second = new RestoreApiFactory(Database, EnvironmentOverrides);
        var apis = new[] { Api, new JobsApi(second.CreateClient(), Database, second.Clock) };
        var hashes = new Dictionary<string, string>();
        foreach (var table in Tables)
        {
            hashes[table] = await Api.CreatePlanAsync(JobsApi.Acme, $"p-{table}", table);
        }

        // 60 overlapping creates from both instances at once; some jobs want two tables.
        var created = await Task.WhenAll(Enumerable.Range(0, Jobs).Select(async i =>
        {
            var table = Tables[i % 3];
            string[] tables = i % 4 == 0 ? [table, Tables[(i + 1) % 3]] : [table];
            var response = await apis[i % 2].CreateJobAsync(JobsApi.JobRequest(JobsApi.Acme, $"p-{table}", hashes[table], tables));
            Assert.That(response.Status, Is.EqualTo(201), response.Text);
            return response.Json["job"]!["job_id"]!.GetValue<string>();
        }));
        await AssertInvariantsAsync();

        // Complete every running job from both instances at once (each twice, racing itself), until none is left.
        var completions = new ConcurrentBag<int>();
        for (var round = 0; round < Jobs && await ActiveJobCountAsync() > 0; round++)
        {
            var running = await RunningJobsAsync();
            await Task.WhenAll(running.SelectMany((jobId, i) => new[]
            {
                Complete(apis[i % 2], jobId, completions),
                Complete(apis[(i + 1) % 2], jobId, completions),
            }));
            await AssertInvariantsAsync();
        }

        Assert.That(await ActiveJobCountAsync(), Is.Zero, "every job ran and finished");
        Assert.That(completions.Count(s => s == 200), Is.EqualTo(Jobs), "exactly one completion per job succeeded");
        Assert.That(completions.Count(s => s == 409), Is.EqualTo(Jobs), "the racing duplicate got already_terminal");
        Assert.That(await Database.ScalarAsync<long>(
            "SELECT count(*) FROM rez_restore_index.restore_job_locks WHERE released_at IS NULL"), Is.Zero);
        await AssertEventsAsync(created);
    }

    private static async Task Complete(JobsApi api, string jobId, ConcurrentBag<int> statuses) =>
        statuses.Add((await api.CompleteAsync(jobId)).Status);

    private Task<long> ActiveJobCountAsync() => Database.ScalarAsync<long>(
        "SELECT count(*) FROM rez_restore_index.restore_jobs WHERE status IN ('queued', 'running', 'paused')");

    private async Task<List<string>> RunningJobsAsync()
    {
        var ids = new List<string>();
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT job_id FROM rez_restore_index.restore_jobs WHERE status = 'running'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task AssertInvariantsAsync()
    {
        // I-1: at most one live running lock per scope table (the partial unique index is only the backstop).
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM (SELECT tenant_id, instance_id, table_name FROM rez_restore_index.restore_job_locks
                                  WHERE lock_state = 'running' AND released_at IS NULL
                                  GROUP BY 1, 2, 3 HAVING count(*) > 1) doubled
            """), Is.Zero, "I-1 mutual exclusion");

        // I-3 / B8.2: live lock rows match each job's status and lock scope; terminal jobs hold nothing.
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM rez_restore_index.restore_jobs j
            WHERE (SELECT count(*) FROM rez_restore_index.restore_job_locks l WHERE l.job_id = j.job_id AND l.released_at IS NULL
                     AND l.lock_state = CASE WHEN j.status = 'queued' THEN 'queued' ELSE 'running' END
                     AND l.table_name = ANY (j.lock_scope_tables))
                  <> CASE WHEN j.status IN ('queued', 'running', 'paused') THEN cardinality(j.lock_scope_tables) ELSE 0 END
               OR (SELECT count(*) FROM rez_restore_index.restore_job_locks l WHERE l.job_id = j.job_id AND l.released_at IS NULL)
                  <> CASE WHEN j.status IN ('queued', 'running', 'paused') THEN cardinality(j.lock_scope_tables) ELSE 0 END
               OR (j.status = 'queued') <> (j.queue_seq IS NOT NULL)
            """), Is.Zero, "I-3 lock rows agree with statuses");

        // I-2 under J8: every queued job waits for a table held by a holder or wanted by an earlier queued job.
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM rez_restore_index.restore_jobs q
            WHERE q.status = 'queued' AND NOT EXISTS (
                SELECT 1 FROM rez_restore_index.restore_jobs o
                WHERE o.tenant_id = q.tenant_id AND o.instance_id = q.instance_id AND o.job_id <> q.job_id
                  AND o.lock_scope_tables && q.lock_scope_tables
                  AND (o.status IN ('running', 'paused') OR (o.status = 'queued' AND o.queue_seq < q.queue_seq)))
            """), Is.Zero, "I-2 eager promotion");
    }

    private async Task AssertEventsAsync(IEnumerable<string> jobIds)
    {
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM rez_restore_index.restore_jobs j
            WHERE (SELECT count(*) FROM rez_restore_index.restore_job_events e WHERE e.job_id = j.job_id AND e.event_type = 'job_created') <> 1
               OR (SELECT count(*) FROM rez_restore_index.restore_job_events e WHERE e.job_id = j.job_id AND e.event_type = 'job_started') <> 1
               OR (SELECT count(*) FROM rez_restore_index.restore_job_events e WHERE e.job_id = j.job_id AND e.event_type = 'job_completed') <> 1
            """), Is.Zero, "each job was created, started and completed exactly once");
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT (SELECT count(*) FROM rez_restore_index.restore_job_events) - (SELECT count(*) FROM rez_restore_index.restore_audit_events)
            """), Is.Zero, "every legacy event has its cross-service twin");
        Assert.That(await Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM rez_restore_index.restore_job_events e
            JOIN rez_restore_index.restore_audit_events a ON a.event_id = e.public_event_id AND a.service = 'rrs'
            WHERE a.occurred_at <> e.created_at OR a.job_id <> e.job_id
            """), Is.Zero, "twins share id, job and time");
        Assert.That(jobIds.Distinct().Count(), Is.EqualTo(Jobs));

        // J8 FIFO per table: of two jobs sharing a table, the one created first started first.
        Assert.That(await Database.ScalarAsync<long>(
            """
            WITH started AS (
                SELECT j.job_id, j.job_seq, j.lock_scope_tables, e.event_id AS start_seq
                FROM rez_restore_index.restore_jobs j
                JOIN rez_restore_index.restore_job_events e ON e.job_id = j.job_id AND e.event_type = 'job_started')
            SELECT count(*) FROM started a JOIN started b
              ON a.job_seq < b.job_seq AND a.lock_scope_tables && b.lock_scope_tables AND a.start_seq > b.start_seq
            """), Is.Zero, "no job overtook an earlier job that wanted one of its tables");
    }
}
