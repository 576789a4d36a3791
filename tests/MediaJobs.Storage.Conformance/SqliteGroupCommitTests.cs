using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// The SQLite writer's turns: the writes queued while it was busy run together in one transaction with no
/// SAVEPOINT; when one of them throws, the turn is run again one SAVEPOINT per write, so that write fails alone
/// (all of it: none of its statements stays) and the others commit with gap-free event ids.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SqliteGroupCommitTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mediajobs-sqlite-group", Guid.NewGuid().ToString("N"));
    private SqliteJobStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "group.db") }, new EventFeed());
        await _store.InitializeAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EnqueueAsync_OneFailingWriteInATurn_FailsWhollyAndAloneAndTheOthersCommit()
    {
        var existing = NewJob();
        await _store.EnqueueAsync([existing], null, [], Ct);
        var fresh = Enumerable.Range(0, 4).Select(_ => NewJob()).ToArray();
        var partOfTheFailingWrite = NewJob();

        Task<IReadOnlyList<long>>[] others;
        Task<IReadOnlyList<long>> failing;
        Task<bool> cancel;
        var release = await _store.HoldWriterAsync();
        try
        {
            others = [.. fresh.Take(2).Select(Enqueue)];
            // Its first job inserts fine, its second repeats an id: the whole write must fail.
            failing = _store.EnqueueAsync([partOfTheFailingWrite, NewJob(existing.Id)], null, [Queued(partOfTheFailingWrite)], Ct);
            others = [.. others, .. fresh.Skip(2).Select(Enqueue)];
            cancel = _store.RequestCancelAsync(existing.Id, Ct);
        }
        finally
        {
            release();
        }

        var error = await Assert.ThrowsAsync<SqliteException>(() => failing.WaitAsync(Timeout));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        var ids = await Task.WhenAll(others).WaitAsync(Timeout);
        Assert.True(await cancel.WaitAsync(Timeout));
        Assert.Null(await _store.GetAsync(partOfTheFailingWrite.Id, Ct));
        foreach (var job in fresh)
        {
            Assert.Equal(JobStatus.Queued, (await _store.GetAsync(job.Id, Ct))!.Status);
        }
        var events = await _store.ReadEventsAsync(new EventQuery(null, 0, 100), Ct);
        Assert.Equal(ids.SelectMany(i => i).Order(), events.Select(e => e.Id));
        Assert.Equal(fresh.Select(j => j.Id).Order(StringComparer.Ordinal), events.Select(e => e.JobId).Order(StringComparer.Ordinal));
        Assert.Equal(events[^1].Id, _store.Feed.LastPublishedId);
        // The counts kept on write saw only what committed.
        Assert.Equal(1 + fresh.Length, (await _store.GetStatsAsync(null, Ct)).Count(JobStatus.Queued));
    }

    [Fact]
    public async Task CommitAsync_OneFailingAndOneStaleCommitInATurn_EachFailsAloneAndTheOthersCommit()
    {
        var jobs = Enumerable.Range(0, 5).Select(_ => NewJob()).ToArray();
        await _store.EnqueueAsync(jobs, null, [], Ct);
        var claimed = await _store.ClaimAsync(new ClaimRequest("w1", "noop", jobs.Length, T0, T0.AddMinutes(1)), Ct);
        Assert.Equal(jobs.Length, claimed.Count);
        var (failing, stale) = (claimed[1], claimed[3]);
        failing.Preset = null!; // a value no statement can bind: this write throws inside the shared transaction

        Task<CommitResult>[] commits;
        var release = await _store.HoldWriterAsync();
        try
        {
            commits = [.. claimed.Select(job =>
            {
                job.Status = JobStatus.Succeeded;
                return _store.CommitAsync(new JobCommit(job, job == stale ? job.Version - 1 : job.Version, [Log(job)]), Ct);
            })];
        }
        finally
        {
            release();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => commits[1].WaitAsync(Timeout));
        Assert.False((await commits[3].WaitAsync(Timeout)).Committed);
        foreach (var i in new[] { 0, 2, 4 })
        {
            Assert.Single((await commits[i].WaitAsync(Timeout)).EventIds);
            Assert.Equal(JobStatus.Succeeded, (await _store.GetAsync(claimed[i].Id, Ct))!.Status);
        }
        Assert.Equal(JobStatus.Running, (await _store.GetAsync(failing.Id, Ct))!.Status);
        var events = await _store.ReadEventsAsync(new EventQuery(null, 0, 100), Ct);
        Assert.Equal([claimed[0].Id, claimed[2].Id, claimed[4].Id], events.Select(e => e.JobId));
        var stats = await _store.GetStatsAsync(null, Ct);
        Assert.Equal((3, 2), (stats.Count(JobStatus.Succeeded), stats.Count(JobStatus.Running)));
    }

    [Fact]
    public async Task CommitAsync_OnlyInputPriorityOrOwnerChanges_SearchClaimOrderAndCountsFollow()
    {
        var (moved, other) = (NewJob(), NewJob());
        moved.Input = new JsonObject { ["text"] = "before words" };
        await _store.EnqueueAsync([moved, other], null, [], Ct);
        var stored = (await _store.GetAsync(moved.Id, Ct))!;

        // Still Queued: only the input, the priority and the owner change.
        stored.Input = new JsonObject { ["text"] = "after words" };
        stored.Priority = 5;
        stored.Owner = "alice";
        Assert.True((await _store.CommitAsync(new JobCommit(stored, stored.Version, []), Ct)).Committed);

        Assert.Empty((await _store.ListAsync(new JobQuery { Text = "before" }, Ct)).Items);
        Assert.Equal([moved.Id], (await _store.ListAsync(new JobQuery { Text = "after" }, Ct)).Items.Select(j => j.Id));
        Assert.Equal(1, (await _store.GetStatsAsync("alice", Ct)).Count(JobStatus.Queued));
        Assert.Equal(2, (await _store.GetStatsAsync(null, Ct)).Count(JobStatus.Queued));
        var first = Assert.Single(await _store.ClaimAsync(new ClaimRequest("w1", "noop", 1, T0, T0.AddMinutes(1)), Ct));
        Assert.Equal(moved.Id, first.Id);
    }

    private Task<IReadOnlyList<long>> Enqueue(Job job) => _store.EnqueueAsync([job], null, [Queued(job)], Ct);

    private static Job NewJob(string? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7().ToString(),
        Type = "noop",
        CreatedUtc = T0,
        Steps = [new StepRecord { Name = "noop-1" }],
    };

    private static NewJobEvent Queued(Job job) => new(job.Id, JobEventTypes.JobStatus, EventLevel.Info, "Job queued", [], T0);

    private static NewJobEvent Log(Job job) => new(job.Id, JobEventTypes.Log, EventLevel.Info, "from " + job.Id, [], T0);
}
