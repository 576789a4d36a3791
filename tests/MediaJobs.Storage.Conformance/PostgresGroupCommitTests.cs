using System.Collections.Concurrent;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres;
using MediaJobs.Testing;
using Npgsql;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// The PostgreSQL store's group commit: many callers' writes share one transaction, yet each caller hears its own
/// outcome (a fenced commit is lost alone, a failing write fails alone), and event ids stay gap-safe across nodes.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class PostgresGroupCommitTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly List<PostgresJobStore> _stores = [];
    private string _database = "";

    public async Task InitializeAsync() => _database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync("pggroup");

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task CommitAsync_OneStaleCommitInATurn_IsLostAloneWhileTheOthersCommitInOneTransaction()
    {
        var store = await StartedAsync();
        var jobs = Enumerable.Range(0, 8).Select(_ => NewJob()).ToArray();
        await store.EnqueueAsync(jobs, null, [], Ct);
        var claimed = await store.ClaimAsync(new ClaimRequest("w1", "noop", jobs.Length, T0, T0.AddMinutes(1)), Ct);
        Assert.Equal(jobs.Length, claimed.Count);
        var stale = claimed[3];
        var staleVersion = stale.Version - 1;
        var before = store.Writer.Stats.Transactions;

        Task<CommitResult>[] commits;
        using (await store.Writer.HoldAsync())
        {
            commits = [.. claimed.Select(job => store.CommitAsync(new JobCommit(job, job == stale ? staleVersion : job.Version,
                [new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, "from " + job.Id, [], T0)]), Ct))];
        }
        var results = await Task.WhenAll(commits).WaitAsync(Timeout);

        Assert.Equal(before + 1, store.Writer.Stats.Transactions);
        for (var i = 0; i < claimed.Count; i++)
        {
            Assert.Equal(claimed[i] != stale, results[i].Committed);
            Assert.Equal(claimed[i] == stale ? 0 : 1, results[i].EventIds.Count);
        }
        var events = await store.ReadEventsAsync(new EventQuery(null, 0, 100), Ct);
        Assert.DoesNotContain(events, e => e.Message == "from " + stale.Id);
        Assert.Equal(claimed.Count - 1, events.Count(e => e.Message.StartsWith("from ", StringComparison.Ordinal)));
        Assert.Equal(results.SelectMany(r => r.EventIds).Order(), events.Where(e => e.Message.StartsWith("from ", StringComparison.Ordinal)).Select(e => e.Id));
        Assert.Equal(events[^1].Id, await store.GetLastEventIdAsync(Ct));
        Assert.Equal(events[^1].Id, store.Feed.LastPublishedId);
    }

    [Fact]
    public async Task CommitAsync_OneFailingCommitInASharedStatement_FailsAloneAndTheOthersCommit()
    {
        var store = await StartedAsync();
        var jobs = Enumerable.Range(0, 4).Select(_ => NewJob()).ToArray();
        await store.EnqueueAsync(jobs, null, [], Ct);
        var claimed = await store.ClaimAsync(new ClaimRequest("w1", "noop", jobs.Length, T0, T0.AddMinutes(1)), Ct);
        Assert.True((await store.CommitAsync(new JobCommit(claimed[0], claimed[0].Version, [], CounterDeltas: Count(1)), Ct)).Committed);
        var failing = claimed[2];

        Task<CommitResult>[] commits;
        using (await store.Writer.HoldAsync())
        {
            // The counter would pass bigint's range: that row's error fails the shared statement.
            commits = [.. claimed.Select(job => store.CommitAsync(new JobCommit(job, job.Version,
                [new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, "from " + job.Id, [], T0)],
                CounterDeltas: job == failing ? Count(long.MaxValue) : Count(1)), Ct))];
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => commits[2].WaitAsync(Timeout));
        Assert.Equal(PostgresErrorCodes.NumericValueOutOfRange, error.SqlState);
        foreach (var commit in commits.Where((_, i) => i != 2))
        {
            Assert.Single((await commit.WaitAsync(Timeout)).EventIds);
        }
        var events = await store.ReadEventsAsync(new EventQuery(null, 0, 100), Ct);
        Assert.Equal(3, events.Count(e => e.Message.StartsWith("from ", StringComparison.Ordinal)));
        Assert.DoesNotContain(events, e => e.Message == "from " + failing.Id);
    }

    [Fact]
    public async Task CommitAsync_TwoCommitsOfOneJobInATurn_BothCommitInTheirOrder()
    {
        var store = await StartedAsync();
        await store.EnqueueAsync([NewJob(), NewJob()], null, [], Ct);
        var claimed = await store.ClaimAsync(new ClaimRequest("w1", "noop", 2, T0, T0.AddMinutes(1)), Ct);
        var (job, other) = (claimed[0], claimed[1]);
        var version = job.Version;

        Task<CommitResult> first, second, third;
        using (await store.Writer.HoldAsync())
        {
            first = store.CommitAsync(new JobCommit(job, version, [new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, "one", [], T0)]), Ct);
            third = store.CommitAsync(new JobCommit(other, other.Version, [new NewJobEvent(other.Id, JobEventTypes.Log, EventLevel.Info, "other", [], T0)]), Ct);
            second = store.CommitAsync(new JobCommit(job, version + 1, [new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, "two", [], T0)]), Ct);
        }

        var results = await Task.WhenAll(first, second, third).WaitAsync(Timeout);
        Assert.All(results, r => Assert.True(r.Committed));
        Assert.True(results[0].EventIds[0] < results[1].EventIds[0]);
        Assert.Equal(version + 2, (await store.GetAsync(job.Id, Ct))!.Version);
    }

    [Fact]
    public async Task EnqueueAsync_OneFailingWriteInATurn_FailsAloneAndTheOthersCommit()
    {
        var store = await StartedAsync();
        var existing = NewJob();
        await store.EnqueueAsync([existing], null, [], Ct);
        var fresh = Enumerable.Range(0, 5).Select(_ => NewJob()).ToArray();

        Task<IReadOnlyList<long>> duplicate;
        Task<IReadOnlyList<long>>[] others;
        Task cancel;
        using (await store.Writer.HoldAsync())
        {
            others = [.. fresh.Take(2).Select(job => Enqueue(store, job))];
            // Same id again: a unique violation inside the shared transaction.
            duplicate = Enqueue(store, new Job { Id = existing.Id, Type = "noop", CreatedUtc = T0 });
            others = [.. others, .. fresh.Skip(2).Select(job => Enqueue(store, job))];
            cancel = store.RequestCancelAsync(existing.Id, Ct);
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => duplicate.WaitAsync(Timeout));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        var ids = await Task.WhenAll(others).WaitAsync(Timeout);
        await cancel.WaitAsync(Timeout);
        foreach (var job in fresh)
        {
            Assert.Equal(JobStatus.Queued, (await store.GetAsync(job.Id, Ct))!.Status);
        }
        Assert.True((await store.GetAsync(existing.Id, Ct))!.CancelRequested);
        var events = await store.ReadEventsAsync(new EventQuery(null, 0, 100), Ct);
        Assert.Equal(ids.SelectMany(i => i).Order(), events.Select(e => e.Id));
        Assert.Equal(fresh.Select(j => j.Id).Order(StringComparer.Ordinal), events.Select(e => e.JobId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadEventsAsync_TwoNodesCommittingAtOnce_ATailingReaderNeverSkipsAnEvent()
    {
        var nodes = new[] { await StartedAsync(), await StartedAsync() };
        const int JobsPerNode = 8;
        const int CommitsPerJob = 25;
        var jobs = nodes.Select(_ => Enumerable.Range(0, JobsPerNode).Select(_ => NewJob()).ToArray()).ToArray();
        for (var n = 0; n < nodes.Length; n++)
        {
            await nodes[n].EnqueueAsync(jobs[n], null, [], Ct);
        }
        using var done = new CancellationTokenSource();
        var seen = new ConcurrentQueue<long>();
        var reader = Task.Run(async () =>
        {
            var cursor = 0L;
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var page = await nodes[0].ReadEventsAsync(new EventQuery(null, cursor, 50), Ct);
                foreach (var e in page)
                {
                    Assert.True(e.Id > cursor, $"event {e.Id} came after the reader had seen {cursor}");
                    cursor = e.Id;
                    seen.Enqueue(e.Id);
                }
                if (finished && page.Count == 0)
                {
                    return;
                }
            }
        });

        // Every job commits in a loop on its own node, so both writers fold many commits per transaction at once.
        var writers = nodes.SelectMany((node, n) => jobs[n].Select(job => Task.Run(async () =>
        {
            for (var i = 0; i < CommitsPerJob; i++)
            {
                var events = Enumerable.Range(0, 1 + (i % 3)).Select(k => new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, $"{i}-{k}", [], T0)).ToArray();
                Assert.True((await node.CommitAsync(new JobCommit(job, job.Version, events), Ct)).Committed);
            }
        }))).ToArray();
        await Task.WhenAll(writers).WaitAsync(Timeout * 4);
        await done.CancelAsync();
        await reader.WaitAsync(Timeout);

        var all = (await nodes[1].ReadEventsAsync(new EventQuery(null, 0, 100_000), Ct)).Select(e => e.Id).ToArray();
        Assert.Equal(nodes.Length * JobsPerNode * Enumerable.Range(0, CommitsPerJob).Sum(i => 1 + (i % 3)), all.Length);
        Assert.Equal(all, seen.ToArray());
        Assert.All(nodes, node => Assert.True(node.Writer.Stats.OpsCommitted > node.Writer.Stats.Transactions, "no turn carried more than one commit"));
    }

    [Fact]
    public async Task Writer_ConnectionsKilled_WritesSucceedAgainOnNewConnections()
    {
        var store = await StartedAsync();
        await Enqueue(store, NewJob()).WaitAsync(Timeout);
        var admin = (await PostgresCluster.SharedAsync()).AdminConnectionString;
        var database = new NpgsqlConnectionStringBuilder(_database).Database!;
        var writers = $"FROM pg_stat_activity WHERE datname = '{database}' AND application_name = '{PostgresJobStore.WriterApplicationName}'";
        Assert.True(await PostgresAdmin.ScalarAsync<long>(admin, "SELECT COUNT(*) " + writers) >= 1);

        await PostgresAdmin.ExecuteAsync(admin, "SELECT pg_terminate_backend(pid) " + writers);

        // A turn on a killed connection runs again on a new one when the server says so before its COMMIT; at worst
        // (the socket already gone) that one turn fails and its lane opens a new connection: one failure per lane.
        var job = NewJob();
        var failures = 0;
        IReadOnlyList<Job> claimed = [];
        foreach (var write in new Func<Task>[]
        {
            () => Enqueue(store, job),
            async () => claimed = await store.ClaimAsync(new ClaimRequest("w1", "noop", 5, T0, T0.AddMinutes(1)), Ct),
        })
        {
            while (true)
            {
                try
                {
                    await write().WaitAsync(Timeout);
                    break;
                }
                catch (NpgsqlException) when (++failures <= 2)
                {
                    // Tried again below.
                }
            }
        }
        Assert.Equal(2, claimed.Count);
        Assert.Contains(claimed, j => j.Id == job.Id);
    }

    private static Task<IReadOnlyList<long>> Enqueue(PostgresJobStore store, Job job) =>
        store.EnqueueAsync([job], null, [new NewJobEvent(job.Id, JobEventTypes.JobStatus, EventLevel.Info, "Queued", [], T0)], Ct);

    private static Dictionary<string, long> Count(long amount) => new(StringComparer.Ordinal) { ["bytes"] = amount };

    private static Job NewJob() => new() { Id = Guid.CreateVersion7().ToString(), Type = "noop", CreatedUtc = T0 };

    private async Task<PostgresJobStore> StartedAsync()
    {
        var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = _database }, new EventFeed());
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }
}
