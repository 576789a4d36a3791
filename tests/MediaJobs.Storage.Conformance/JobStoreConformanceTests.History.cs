using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

/// <summary>Counts kept on write and keyset pages: what a long history reads without scanning it.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task Counts_FollowInsertsStatusChangesAndDeletes_InStatsListTotalsAndCountJobs()
    {
        var store = await NewStoreAsync();
        var claimed = NewJob(owner: "alice");
        var queued = NewJob(owner: "alice");
        var failed = NewJob(type: "transcode", owner: "bob");
        failed.Status = JobStatus.Failed;
        var done = NewJob(type: "transcode");
        done.Status = JobStatus.Succeeded;
        await EnqueueAsync(store, claimed, queued, failed, done);
        var running = Assert.Single(await ClaimAsync(store));
        running.Status = JobStatus.Succeeded;
        Assert.True((await CommitAsync(store, running, running.Version)).Committed);
        await store.DeleteAsync(new JobDeletion([JobStatus.Failed]), T0.AddHours(1), Ct);

        var all = await store.GetStatsAsync(null, Ct);
        var alice = await store.GetStatsAsync("alice", Ct);
        var counts = await store.CountJobsAsync(Ct);

        Assert.Equal((1, 2, 0), (all.Count(JobStatus.Queued), all.Count(JobStatus.Succeeded), all.Count(JobStatus.Failed)));
        Assert.Equal((1, 1, 0), (alice.Count(JobStatus.Queued), alice.Count(JobStatus.Succeeded), alice.Count(JobStatus.Failed)));
        Assert.Equal(
            ["transcode/Succeeded=1", "video/Queued=1", "video/Succeeded=1"],
            counts.Select(c => $"{c.Type}/{c.Status}={c.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(3, (await store.ListAsync(new JobQuery(), Ct)).Total);
        Assert.Equal(2, (await store.ListAsync(new JobQuery { Statuses = [JobStatus.Succeeded] }, Ct)).Total);
        Assert.Equal(1, (await store.ListAsync(new JobQuery { Statuses = [JobStatus.Succeeded, JobStatus.Failed], Type = "transcode" }, Ct)).Total);
        Assert.Equal(2, (await store.ListAsync(new JobQuery { Owner = "alice", Statuses = [JobStatus.Queued, JobStatus.Succeeded] }, Ct)).Total);
        Assert.False((await store.ListAsync(new JobQuery(), Ct)).TotalCapped);
    }

    [Fact]
    public async Task ListAsync_WalkedByCursor_ReturnsEveryMatchOnceInOrderEitherWay()
    {
        var store = await NewStoreAsync();
        // Pairs share a creation time: the id breaks the tie.
        var jobs = Enumerable.Range(0, 12).Select(i => NewJob(created: T0.AddSeconds(i / 2))).ToArray();
        for (var i = 0; i < jobs.Length; i++)
        {
            jobs[i].Status = (i % 3) switch { 0 => JobStatus.Succeeded, 1 => JobStatus.Failed, _ => JobStatus.Cancelled };
        }
        await EnqueueAsync(store, jobs);
        var wanted = jobs.Where(j => j.Status != JobStatus.Cancelled)
            .OrderByDescending(j => j.CreatedUtc).ThenByDescending(j => j.Id, StringComparer.Ordinal).Select(j => j.Id).ToArray();

        foreach (var oldestFirst in new[] { false, true })
        {
            var seen = new List<string>();
            JobCursor? after = null;
            var pages = 0;
            do
            {
                var page = await store.ListAsync(new JobQuery
                {
                    Statuses = [JobStatus.Succeeded, JobStatus.Failed],
                    OldestFirst = oldestFirst,
                    After = after,
                    Limit = 3,
                }, Ct);
                Assert.Equal(wanted.Length, page.Total);
                seen.AddRange(page.Items.Select(j => j.Id));
                after = page.Next;
                pages++;
            }
            while (after is not null && pages < 10);

            Assert.Equal(oldestFirst ? wanted.Reverse() : wanted, seen);
            Assert.Equal(3, pages);
        }
    }

    [Fact]
    public async Task ListAsync_CursorThenOffset_SkipsAfterTheCursor()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 6).Select(i => NewJob(created: T0.AddSeconds(i))).ToArray();
        await EnqueueAsync(store, jobs);

        var first = await store.ListAsync(new JobQuery { Limit = 2 }, Ct);
        var next = await store.ListAsync(new JobQuery { After = first.Next, Offset = 1, Limit = 2 }, Ct);
        var last = await store.ListAsync(new JobQuery { After = JobCursor.After(jobs[1]), Limit = 5 }, Ct);

        Assert.Equal([jobs[5].Id, jobs[4].Id], first.Items.Select(j => j.Id));
        Assert.Equal([jobs[2].Id, jobs[1].Id], next.Items.Select(j => j.Id));
        Assert.Equal([jobs[0].Id], last.Items.Select(j => j.Id));
        Assert.Null(last.Next);
    }

    [Fact]
    public async Task ListAsync_BatchFilterByCursor_PagesTheBatchAndCountsIt()
    {
        var store = await NewStoreAsync();
        var batch = new Batch("batch-h", "history", null, T0);
        var members = Enumerable.Range(0, 5).Select(i => NewJob(created: T0.AddSeconds(i))).ToArray();
        foreach (var j in members)
        {
            j.BatchId = batch.Id;
        }
        await store.EnqueueAsync(members, batch, [], Ct).WaitAsync(Timeout);
        await EnqueueAsync(store, NewJob(created: T0.AddSeconds(3)));

        var first = await store.ListAsync(new JobQuery { BatchId = batch.Id, Limit = 3 }, Ct);
        var rest = await store.ListAsync(new JobQuery { BatchId = batch.Id, Limit = 3, After = first.Next }, Ct);

        Assert.Equal(5, first.Total);
        Assert.False(first.TotalCapped);
        Assert.Equal(members.Reverse().Select(j => j.Id), first.Items.Concat(rest.Items).Select(j => j.Id));
        Assert.Null(rest.Next);
    }

    [Fact]
    public void JobCursor_RoundTripsAndRefusesWhatItDidNotMake()
    {
        var cursor = new JobCursor(T0, "0190a0b0-0000-7000-8000-000000000001");

        Assert.True(JobCursor.TryParse(cursor.Encode(), out var parsed));
        Assert.Equal(cursor, parsed);
        foreach (var bad in new[] { "", "not base64!", "djF8MTIz", "djJ8MXxh", Convert.ToBase64String("v1|x|a"u8.ToArray()), new string('A', 400) })
        {
            Assert.False(JobCursor.TryParse(bad, out _), bad);
        }
    }
}
