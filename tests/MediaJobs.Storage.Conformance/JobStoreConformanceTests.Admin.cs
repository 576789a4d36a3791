using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task DeleteAsync_RunningAmongStatuses_NeverRemovesRunningAndWritesJobRemovedEvents()
    {
        var store = await NewStoreAsync();
        var queued = NewJob();
        var done = NewJob();
        done.Status = JobStatus.Succeeded;
        var failed = NewJob();
        failed.Status = JobStatus.Failed;
        var running = NewJob();
        await EnqueueAsync(store, running);
        Assert.Single(await ClaimAsync(store));
        await EnqueueAsync(store, queued, done, failed);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Queued, JobStatus.Succeeded, JobStatus.Running]), T0.AddHours(1), Ct);

        Assert.Equal(new[] { queued.Id, done.Id }.Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.Null(await store.GetAsync(queued.Id, Ct));
        Assert.Null(await store.GetAsync(done.Id, Ct));
        Assert.NotNull(await store.GetAsync(running.Id, Ct));
        Assert.NotNull(await store.GetAsync(failed.Id, Ct));
        foreach (var id in deleted)
        {
            var left = Assert.Single(await AllEventsAsync(store, id));
            Assert.Equal(JobEventTypes.JobRemoved, left.Type);
            Assert.Equal(id, left.Payload["jobId"]!.GetValue<string>());
            Assert.Equal(T0.AddHours(1), left.TimestampUtc);
            Assert.True(JobEventTypes.IsTerminal(left));
        }
        Assert.Single(await AllEventsAsync(store, running.Id));
    }

    [Fact]
    public async Task DeleteAsync_WithOwner_DeletesOnlyThatOwnersJobs()
    {
        var store = await NewStoreAsync();
        var mine = NewJob(owner: "alice");
        var theirs = NewJob(owner: "bob");
        await EnqueueAsync(store, mine, theirs);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Queued]) { Owner = "alice" }, T0, Ct);

        Assert.Equal([mine.Id], deleted);
        Assert.NotNull(await store.GetAsync(theirs.Id, Ct));
    }

    [Fact]
    public async Task DeleteAsync_WithIds_DeletesOnlyThoseJobs()
    {
        var store = await NewStoreAsync();
        var one = NewJob("transcode");
        var other = NewJob("transcode");
        await EnqueueAsync(store, one, other);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Queued]) { Ids = [one.Id] }, T0, Ct);

        Assert.Equal([one.Id], deleted);
        Assert.NotNull(await store.GetAsync(other.Id, Ct));
    }

    [Fact]
    public async Task DeleteAsync_WithTypes_DeletesOnlyJobsOfThoseTypes()
    {
        var store = await NewStoreAsync();
        var video = NewJob("video");
        var transcode = NewJob("transcode");
        var discovery = NewJob("transcode-discovery");
        await EnqueueAsync(store, video, transcode, discovery);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Queued]) { Types = ["transcode", "transcode-discovery"] }, T0, Ct);

        Assert.Equal(new[] { transcode.Id, discovery.Id }.Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.NotNull(await store.GetAsync(video.Id, Ct));
    }

    [Fact]
    public async Task DeleteAsync_EmptyTypes_MeansEveryType()
    {
        var store = await NewStoreAsync();
        var video = NewJob("video");
        var transcode = NewJob("transcode");
        await EnqueueAsync(store, video, transcode);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Queued]) { Types = [] }, T0, Ct);

        Assert.Equal(2, deleted.Count);
    }

    [Fact]
    public async Task GetStatsAsync_CountersOfSeveralOwners_AnOwnerSeesItsOwnAndNoOwnerSeesTheSums()
    {
        var store = await NewStoreAsync();
        await store.AddToCountersAsync("alice", new Dictionary<string, long> { ["saved"] = 100 }, Ct);
        await store.AddToCountersAsync("bob", new Dictionary<string, long> { ["saved"] = 30 }, Ct);
        await store.AddToCountersAsync(null, new Dictionary<string, long> { ["saved"] = 5 }, Ct);

        var alice = await store.GetStatsAsync("alice", Ct);
        var carol = await store.GetStatsAsync("carol", Ct);
        var everyone = await store.GetStatsAsync(null, Ct);
        await store.ResetSessionCountersAsync(Ct);
        var aliceAfterReset = await store.GetStatsAsync("alice", Ct);
        var everyoneAfterReset = await store.GetStatsAsync(null, Ct);

        Assert.Equal(new CounterTotals(100, 100), alice.Counter("saved"));
        Assert.Equal(CounterTotals.Zero, carol.Counter("saved"));
        Assert.Equal(new CounterTotals(135, 135), everyone.Counter("saved"));
        Assert.Equal(new CounterTotals(0, 100), aliceAfterReset.Counter("saved"));
        Assert.Equal(new CounterTotals(0, 135), everyoneAfterReset.Counter("saved"));
    }

    [Fact]
    public async Task GetStatsAsync_JobsAndCounters_CountsPerStatusAndPersistsCounters()
    {
        var store = await NewStoreAsync();
        var a = NewJob(owner: "alice");
        var b = NewJob(owner: "alice");
        b.Status = JobStatus.Failed;
        var c = NewJob(owner: "bob");
        c.Status = JobStatus.Succeeded;
        await EnqueueAsync(store, a, b, c);
        await store.AddToCountersAsync(null, new Dictionary<string, long> { ["saved"] = 500, ["pages"] = 50 }, Ct);
        await store.AddToCountersAsync(null, new Dictionary<string, long> { ["saved"] = 1 }, Ct);
        await store.ResetSessionCountersAsync(Ct);
        await store.AddToCountersAsync(null, new Dictionary<string, long> { ["pages"] = 7 }, Ct);

        var all = await store.GetStatsAsync(null, Ct);
        var alice = await store.GetStatsAsync("alice", Ct);
        var reopened = await ReopenAsync(store);
        var afterReopen = await reopened.GetStatsAsync(null, Ct);

        Assert.Equal(3, all.Total);
        Assert.Equal(1, all.Count(JobStatus.Queued));
        Assert.Equal(1, all.Count(JobStatus.Failed));
        Assert.Equal(1, all.Count(JobStatus.Succeeded));
        Assert.Equal(0, all.Count(JobStatus.Running));
        Assert.Equal(2, alice.Total);
        Assert.Equal(0, alice.Count(JobStatus.Succeeded));
        Assert.Equal(new CounterTotals(0, 501), all.Counter("saved"));
        Assert.Equal(new CounterTotals(7, 57), all.Counter("pages"));
        Assert.Equal(CounterTotals.Zero, all.Counter("never-counted"));
        Assert.Equal(new CounterTotals(0, 501), afterReopen.Counter("saved"));
        Assert.Equal(new CounterTotals(7, 57), afterReopen.Counter("pages"));
        Assert.Equal(3, afterReopen.Total);
    }

    [Fact]
    public async Task SettingAsync_SetOverwriteAndClear_RoundTrips()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetSettingAsync(Settings.QueuePaused, Ct));
        await store.SetSettingAsync(Settings.QueuePaused, "true", Ct);
        Assert.Equal("true", await store.GetSettingAsync(Settings.QueuePaused, Ct));
        await store.SetSettingAsync(Settings.QueuePaused, "false", Ct);
        Assert.Equal("false", await store.GetSettingAsync(Settings.QueuePaused, Ct));
        await store.SetSettingAsync(Settings.QueuePaused, null, Ct);
        Assert.Null(await store.GetSettingAsync(Settings.QueuePaused, Ct));
    }

    [Fact]
    public async Task CompareAndSetSettingAsync_WritesOnlyOverTheExpectedValue()
    {
        var store = await NewStoreAsync();

        var created = await store.CompareAndSetSettingAsync("cas", null, "v1", Ct);
        var createdAgain = await store.CompareAndSetSettingAsync("cas", null, "other", Ct);
        var fromWrong = await store.CompareAndSetSettingAsync("cas", "v0", "other", Ct);
        var swapped = await store.CompareAndSetSettingAsync("cas", "v1", "v2", Ct);
        var absentExpected = await store.CompareAndSetSettingAsync("missing", "v1", "v2", Ct);

        Assert.Equal((true, false, false, true, false), (created, createdAgain, fromWrong, swapped, absentExpected));
        Assert.Equal("v2", await store.GetSettingAsync("cas", Ct));
        Assert.Null(await store.GetSettingAsync("missing", Ct));
    }

    [Fact]
    public async Task CompareAndSetSettingAsync_ManyWritersFromOneValue_ExactlyOneWins()
    {
        var store = await NewStoreAsync();
        await store.SetSettingAsync("cas", "v0", Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => store.CompareAndSetSettingAsync("cas", "v0", $"w{i}", Ct)));
        var stored = await store.GetSettingAsync("cas", Ct);

        var winner = Assert.Single(outcomes.Select((won, i) => (Won: won, Value: $"w{i + 1}")), o => o.Won);
        Assert.Equal(winner.Value, stored);
    }

    [Fact]
    public async Task ListAsync_FiltersAndPages_ReturnsNewestFirstWithTotal()
    {
        var store = await NewStoreAsync();
        var jobs = new List<Job>();
        for (var i = 0; i < 12; i++)
        {
            var job = NewJob(type: i % 3 == 0 ? "document" : "video", created: T0.AddMinutes(i), owner: i % 2 == 0 ? "alice" : "bob");
            job.Status = i < 4 ? JobStatus.Succeeded : JobStatus.Queued;
            job.BatchId = i >= 10 ? "batch-x" : null;
            jobs.Add(job);
        }
        await EnqueueAsync(store, [.. jobs]);
        var newestFirst = Enumerable.Reverse(jobs).ToList();

        var page1 = await store.ListAsync(new JobQuery { Limit = 5 }, Ct);
        var page3 = await store.ListAsync(new JobQuery { Limit = 5, Offset = 10 }, Ct);
        var docs = await store.ListAsync(new JobQuery { Type = "document" }, Ct);
        var aliceSucceeded = await store.ListAsync(new JobQuery { Owner = "alice", Statuses = [JobStatus.Succeeded] }, Ct);
        var batch = await store.ListAsync(new JobQuery { BatchId = "batch-x" }, Ct);
        var none = await store.ListAsync(new JobQuery { Statuses = [JobStatus.Running] }, Ct);

        Assert.Equal(12, page1.Total);
        Assert.Equal(newestFirst.Take(5).Select(j => j.Id), page1.Items.Select(j => j.Id));
        Assert.Equal(12, page3.Total);
        Assert.Equal(newestFirst.Skip(10).Select(j => j.Id), page3.Items.Select(j => j.Id));
        Assert.Equal(4, docs.Total);
        Assert.All(docs.Items, j => Assert.Equal("document", j.Type));
        Assert.Equal([jobs[2].Id, jobs[0].Id], aliceSucceeded.Items.Select(j => j.Id));
        Assert.Equal(2, aliceSucceeded.Total);
        Assert.Equal([jobs[11].Id, jobs[10].Id], batch.Items.Select(j => j.Id));
        Assert.Empty(none.Items);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task ListAsync_SameCreatedTime_OrdersByIdDescending()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 3).Select(_ => NewJob()).ToArray();
        await EnqueueAsync(store, jobs);

        var page = await store.ListAsync(new JobQuery(), Ct);

        Assert.Equal(jobs.Select(j => j.Id).Order(StringComparer.Ordinal).Reverse(), page.Items.Select(j => j.Id));
    }

    [Fact]
    public async Task EnqueueAsync_CancelledToken_ThrowsAndStoresNothing()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.EnqueueAsync([job], null, [Event(job)], cts.Token));

        Assert.Null(await store.GetAsync(job.Id, Ct));
        Assert.Equal(0, await store.GetLastEventIdAsync(Ct));
    }
}
