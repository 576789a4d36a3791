using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Conformance;

// Per-type reads the compat surfaces ask for: stats per status with one counter's sum, and the latest active job.
public abstract partial class JobStoreConformanceTests
{
    private const string Saved = "bytes_saved";

    private static Job Typed(string type, JobStatus status, string? owner, long? saved = null, DateTimeOffset? created = null, DateTimeOffset? started = null)
    {
        var job = NewJob(type, created: created, owner: owner);
        job.Status = status;
        job.StartedUtc = started;
        if (saved is { } amount)
        {
            job.Counters[Saved] = amount;
        }
        return job;
    }

    [Fact]
    public async Task SummarizeTypeAsync_OneTypeAndOwner_CountsPerStatusAndSumsPositiveAmounts()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store,
            Typed("transcode", JobStatus.Queued, "alice"),
            Typed("transcode", JobStatus.Succeeded, "alice", saved: 100),
            Typed("transcode", JobStatus.Succeeded, "alice", saved: 50),
            Typed("transcode", JobStatus.Failed, "alice", saved: -30),
            Typed("transcode", JobStatus.Succeeded, "bob", saved: 1000),
            Typed("video", JobStatus.Succeeded, "alice", saved: 7));

        var alice = await store.SummarizeTypeAsync("transcode", "alice", Saved, Ct);
        var everyone = await store.SummarizeTypeAsync("transcode", null, Saved, Ct);
        var none = await store.SummarizeTypeAsync("pdf", null, Saved, Ct);
        var otherCounter = await store.SummarizeTypeAsync("transcode", null, "frames", Ct);

        Assert.Equal((1, 2, 1, 0, 4, 150L), (alice.Count(JobStatus.Queued), alice.Count(JobStatus.Succeeded), alice.Count(JobStatus.Failed), alice.Count(JobStatus.Running), alice.Total, alice.CounterSum));
        Assert.Equal((3, 5, 1150L), (everyone.Count(JobStatus.Succeeded), everyone.Total, everyone.CounterSum));
        Assert.Equal((0, 0L), (none.Total, none.CounterSum));
        Assert.Equal((5, 0L), (otherCounter.Total, otherCounter.CounterSum));
    }

    [Fact]
    public async Task FindLatestActiveAsync_RunningJobs_ReturnsTheOneStartedLastOfTheTypeAndOwner()
    {
        var store = await NewStoreAsync();
        var startedLast = Typed("video", JobStatus.Running, "alice", created: T0, started: T0.AddMinutes(10));
        var startedFirst = Typed("video", JobStatus.Running, "alice", created: T0.AddMinutes(1), started: T0.AddMinutes(5));
        var bobs = Typed("video", JobStatus.Running, "bob", created: T0, started: T0.AddMinutes(20));
        await EnqueueAsync(store,
            startedLast,
            startedFirst,
            bobs,
            Typed("video", JobStatus.Queued, "alice", created: T0.AddMinutes(30)),
            Typed("video", JobStatus.Failed, "alice", created: T0.AddMinutes(40), started: T0.AddMinutes(40)),
            Typed("transcode", JobStatus.Running, "alice", created: T0, started: T0.AddMinutes(50)));

        Assert.Equal(startedLast.Id, (await store.FindLatestActiveAsync("video", "alice", Ct))?.Id);
        Assert.Equal(bobs.Id, (await store.FindLatestActiveAsync("video", null, Ct))?.Id);
    }

    [Fact]
    public async Task FindLatestActiveAsync_NothingRunning_ReturnsTheNewestQueuedElseNull()
    {
        var store = await NewStoreAsync();
        var newest = Typed("video", JobStatus.Queued, "alice", created: T0.AddMinutes(2));
        await EnqueueAsync(store,
            Typed("video", JobStatus.Queued, "alice", created: T0.AddMinutes(1)),
            newest,
            Typed("video", JobStatus.Cancelled, "alice", created: T0.AddMinutes(3)),
            Typed("pdf", JobStatus.Queued, "alice", created: T0.AddMinutes(4)));

        Assert.Equal(newest.Id, (await store.FindLatestActiveAsync("video", "alice", Ct))?.Id);
        Assert.Null(await store.FindLatestActiveAsync("video", "bob", Ct));
        Assert.Null(await store.FindLatestActiveAsync("transcode", null, Ct));
    }
}
