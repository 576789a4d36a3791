using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ReadEventsAsync_AfterLimitAndJobFilter_ReturnsMatchingEventsInOrder()
    {
        var store = await NewStoreAsync();
        var a = NewJob();
        var b = NewJob();
        var ids = await store.EnqueueAsync([a, b], null,
            [Event(a, message: "a1"), Event(b, message: "b1"), Event(a, message: "a2"), Event(b, message: "b2"), Event(a, message: "a3")], Ct);

        var all = await AllEventsAsync(store);
        var afterSecond = await store.ReadEventsAsync(new EventQuery(null, ids[1], 2), Ct);
        var onlyA = await store.ReadEventsAsync(new EventQuery(a.Id, 0), Ct);
        var onlyAAfterFirst = await store.ReadEventsAsync(new EventQuery(a.Id, ids[0], 1), Ct);

        Assert.Equal(ids, all.Select(e => e.Id));
        Assert.Equal(["a1", "b1", "a2", "b2", "a3"], all.Select(e => e.Message));
        Assert.Equal(["a2", "b2"], afterSecond.Select(e => e.Message));
        Assert.Equal(["a1", "a2", "a3"], onlyA.Select(e => e.Message));
        Assert.Equal(["a2"], onlyAAfterFirst.Select(e => e.Message));
        var first = all[0];
        Assert.Equal(a.Id, first.JobId);
        Assert.Equal(JobEventTypes.Log, first.Type);
        Assert.Equal(EventLevel.Info, first.Level);
        Assert.Equal(1, first.Payload["n"]!.GetValue<int>());
        Assert.Equal(T0, first.TimestampUtc);
    }

    [Fact]
    public async Task EventIds_AcrossJobsAndWrites_StrictlyIncrease()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 10).Select(_ => NewJob()).ToArray();

        var writes = jobs.Select(j => store.EnqueueAsync([j], null, [Event(j), Event(j)], Ct)).ToArray();
        await Task.WhenAll(writes).WaitAsync(Timeout);

        var all = await AllEventsAsync(store);
        Assert.Equal(20, all.Count);
        for (var i = 1; i < all.Count; i++)
        {
            Assert.True(all[i].Id > all[i - 1].Id);
        }
        Assert.Equal(all[^1].Id, await store.GetLastEventIdAsync(Ct));
        foreach (var w in writes)
        {
            var ids = await w;
            Assert.True(ids[1] > ids[0]);
        }
    }

    [Fact]
    public async Task Store_Reopened_KeepsDataAndIssuesGreaterEventIds()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        var first = await EnqueueAsync(store, job);
        await store.SetSettingAsync("k", "v", Ct);
        await store.AddToCountersAsync(null, new Dictionary<string, long> { ["c"] = 5 }, Ct);
        var lastBefore = await store.GetLastEventIdAsync(Ct);

        var reopened = await ReopenAsync(store);

        var loaded = await reopened.GetAsync(job.Id, Ct);
        Assert.NotNull(loaded);
        Assert.Equal(job.Version, loaded.Version);
        Assert.Equal("v", await reopened.GetSettingAsync("k", Ct));
        Assert.Equal(lastBefore, await reopened.GetLastEventIdAsync(Ct));
        Assert.Equal(first, (await AllEventsAsync(reopened)).Select(e => e.Id));
        var claimed = Assert.Single(await ClaimAsync(reopened));
        var result = await CommitAsync(reopened, claimed, claimed.Version, Event(claimed));
        Assert.True(result.Committed);
        Assert.True(result.EventIds[0] > lastBefore);
    }

    [Fact]
    public async Task GetLastEventIdAsync_AfterDeletingEverything_NeverGoesBack()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        job.Status = JobStatus.Succeeded;
        var ids = await EnqueueAsync(store, job);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Succeeded]), T0, Ct);
        var afterDelete = await store.GetLastEventIdAsync(Ct);
        var reopened = await ReopenAsync(store);
        var next = NewJob();
        var nextIds = await EnqueueAsync(reopened, next);

        Assert.Equal([job.Id], deleted);
        Assert.True(afterDelete > ids[0]);
        Assert.True(nextIds[0] > afterDelete);
    }

    [Fact]
    public async Task Feed_AfterCommit_PublishesNewestEventId()
    {
        var store = await NewStoreAsync();
        var feed = store.Feed;
        var job = NewJob();
        var start = await EnqueueAsync(store, job);
        Assert.True(feed.LastPublishedId >= start[0]);
        var claimed = Assert.Single(await ClaimAsync(store));
        var watermark = await store.GetLastEventIdAsync(Ct);
        var wait = feed.WaitAsync(watermark, Timeout, TimeProvider.System, Ct);
        Assert.False(wait.IsCompleted);

        var result = await CommitAsync(store, claimed, claimed.Version, Event(claimed), Event(claimed));
        await wait.WaitAsync(Timeout);

        Assert.Equal(result.EventIds[^1], feed.LastPublishedId);
    }
}
