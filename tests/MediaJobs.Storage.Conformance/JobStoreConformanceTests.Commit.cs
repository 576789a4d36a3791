using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task CommitAsync_StaleVersion_ReturnsLostAndAppendsNoEvents()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        await EnqueueAsync(store, job);
        var stale = job.Version;
        var claimed = Assert.Single(await ClaimAsync(store));
        var lastBefore = await store.GetLastEventIdAsync(Ct);
        job.Message = "overwrite";

        var result = await CommitAsync(store, job, stale, Event(job, message: "lost"));

        Assert.False(result.Committed);
        Assert.True(result.Conflict);
        Assert.Empty(result.EventIds);
        Assert.Equal(stale, job.Version);
        Assert.Equal(lastBefore, await store.GetLastEventIdAsync(Ct));
        Assert.DoesNotContain(await AllEventsAsync(store), e => e.Message == "lost");
        var stored = await store.GetAsync(job.Id, Ct);
        Assert.Null(stored!.Message);
        Assert.Equal(claimed.Version, stored.Version);
    }

    [Fact]
    public async Task CommitAsync_CurrentVersion_WritesSnapshotBumpsVersionAndReturnsIncreasingEventIds()
    {
        var store = await NewStoreAsync();
        var enqueueIds = await EnqueueAsync(store, NewJob());
        var job = Assert.Single(await ClaimAsync(store));
        var expected = job.Version;
        job.Status = JobStatus.Succeeded;
        job.ProgressPct = 100;
        job.EndedUtc = T0.AddMinutes(3);
        job.Steps = [new StepRecord { Name = "encode", Status = StepStatus.Succeeded }];
        job.Results["answer"] = 42;

        var first = await CommitAsync(store, job, expected, Event(job, JobEventTypes.StepStatus), Event(job, JobEventTypes.JobCompleted));

        Assert.True(first.Committed);
        Assert.Equal(expected + 1, job.Version);
        Assert.Equal(2, first.EventIds.Count);
        Assert.True(first.EventIds[0] > enqueueIds[0]);
        Assert.True(first.EventIds[1] > first.EventIds[0]);
        var stored = await store.GetAsync(job.Id, Ct);
        Assert.Equal(JobStatus.Succeeded, stored!.Status);
        Assert.Equal(100, stored.ProgressPct);
        Assert.Equal(T0.AddMinutes(3), stored.EndedUtc);
        Assert.Equal(StepStatus.Succeeded, Assert.Single(stored.Steps).Status);
        Assert.Equal(42, stored.Results["answer"]!.GetValue<int>());
        Assert.Equal(job.Version, stored.Version);

        var second = await CommitAsync(store, job, job.Version, Event(job));
        Assert.True(second.Committed);
        Assert.True(second.EventIds[0] > first.EventIds[1]);
        Assert.Equal(expected + 2, job.Version);
    }

    [Fact]
    public async Task CommitAsync_WithCounterDeltas_AddsToTheJobOwnersCountersInSameCommit()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, NewJob(owner: "alice"));
        var job = Assert.Single(await ClaimAsync(store));
        var deltas = new Dictionary<string, long> { ["saved"] = 1000, ["files"] = 10 };

        var stale = await store.CommitAsync(new JobCommit(job, job.Version - 1, [], CounterDeltas: deltas), Ct);
        var ok = await store.CommitAsync(new JobCommit(job, job.Version, [], CounterDeltas: deltas), Ct);

        Assert.False(stale.Committed);
        Assert.True(ok.Committed);
        var alice = await store.GetStatsAsync("alice", Ct);
        Assert.Equal(new CounterTotals(1000, 1000), alice.Counter("saved"));
        Assert.Equal(new CounterTotals(10, 10), alice.Counter("files"));
        Assert.Equal(CounterTotals.Zero, (await store.GetStatsAsync("bob", Ct)).Counter("saved"));
    }

    [Fact]
    public async Task CommitAsync_MoveToFrontOfQueue_JobIsClaimedNext()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 4).Select(_ => NewJob()).ToArray();
        await EnqueueAsync(store, jobs);
        var running = Assert.Single(await ClaimAsync(store));
        Assert.Equal(jobs[0].Id, running.Id);
        running.Status = JobStatus.Queued;
        running.LeaseOwner = null;
        running.LeaseExpiresUtc = null;

        var result = await store.CommitAsync(new JobCommit(running, running.Version, [Event(running)], MoveToFrontOfQueue: true), Ct);
        var last = jobs[3];
        var lastLoaded = (await store.GetAsync(last.Id, Ct))!;
        await store.CommitAsync(new JobCommit(lastLoaded, lastLoaded.Version, [], MoveToFrontOfQueue: true), Ct);

        Assert.True(result.Committed);
        var next = await ClaimAsync(store, max: 4);
        Assert.Equal([last.Id, running.Id, jobs[1].Id, jobs[2].Id], next.Select(j => j.Id));
    }

    [Fact]
    public async Task RequestCancelAsync_ThenSnapshotCommit_FlagStaysSet()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, NewJob());
        var job = Assert.Single(await ClaimAsync(store));

        Assert.True(await store.RequestCancelAsync(job.Id, Ct));
        Assert.False(job.CancelRequested);
        job.Message = "still going";
        var result = await CommitAsync(store, job, job.Version, Event(job));

        Assert.True(result.Committed);
        var stored = await store.GetAsync(job.Id, Ct);
        Assert.True(stored!.CancelRequested);
        Assert.Equal("still going", stored.Message);
    }

    [Fact]
    public async Task CommitAsync_ClearCancelRequest_ResetsTheFlag()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, NewJob());
        var job = Assert.Single(await ClaimAsync(store));
        Assert.True(await store.RequestCancelAsync(job.Id, Ct));

        var result = await store.CommitAsync(new JobCommit(job, job.Version, [Event(job)], ClearCancelRequest: true), Ct);

        Assert.True(result.Committed);
        Assert.False((await store.GetAsync(job.Id, Ct))!.CancelRequested);
    }

    [Fact]
    public async Task RequestCancelAsync_UnknownJob_ReturnsFalse()
    {
        var store = await NewStoreAsync();

        Assert.False(await store.RequestCancelAsync(Guid.CreateVersion7().ToString(), Ct));
    }

    [Fact]
    public async Task RenewLeasesAsync_HeldLostAndCancelled_ReportsLostAndCancelRequestedIds()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, NewJob(), NewJob(), NewJob());
        var mine = await ClaimAsync(store, max: 2, worker: "me");
        var theirs = Assert.Single(await ClaimAsync(store, worker: "them"));
        var held = mine[0];
        var cancelled = mine[1];
        Assert.True(await store.RequestCancelAsync(cancelled.Id, Ct));
        var unknown = Guid.CreateVersion7().ToString();
        var until = T0.AddMinutes(10);

        var renewal = await store.RenewLeasesAsync("me", [held.Id, cancelled.Id, theirs.Id, unknown], until, Ct);

        Assert.Equal(new[] { theirs.Id, unknown }.Order(StringComparer.Ordinal), renewal.Lost.Order(StringComparer.Ordinal));
        Assert.Equal([cancelled.Id], renewal.CancelRequested);
        var stored = await store.GetAsync(held.Id, Ct);
        Assert.Equal(until, stored!.LeaseExpiresUtc);
        Assert.Equal(held.Version, stored.Version);
        Assert.Equal(T0.AddMinutes(1), (await store.GetAsync(theirs.Id, Ct))!.LeaseExpiresUtc);
    }
}
