using System.Collections.Concurrent;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Conformance;

// Gap safety: once a reader has seen id N, no event with a smaller id may appear later.
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ReadEventsAsync_ConcurrentWritersAndATailingReader_NeverSkipsAnEvent()
    {
        var store = await NewStoreAsync();
        const int Writers = 6;
        const int CommitsPerWriter = 60;
        var jobs = Enumerable.Range(0, Writers).Select(_ => NewJob()).ToArray();
        await EnqueueAsync(store, jobs);
        using var done = new CancellationTokenSource();
        var seen = new ConcurrentQueue<long>();

        var reader = Task.Run(async () =>
        {
            var cursor = 0L;
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var page = await store.ReadEventsAsync(new EventQuery(null, cursor, 50), Ct);
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
        // Each writer commits its own job (one to three events each time) while new jobs are enqueued beside them.
        var writers = jobs.Select((job, w) => Task.Run(async () =>
        {
            for (var i = 0; i < CommitsPerWriter; i++)
            {
                var events = Enumerable.Range(0, 1 + (i % 3)).Select(k => Event(job, message: $"w{w}-{i}-{k}")).ToArray();
                Assert.True((await store.CommitAsync(new Core.Storage.JobCommit(job, job.Version, events), Ct)).Committed);
                if (i % 10 == 0)
                {
                    await EnqueueAsync(store, NewJob());
                }
            }
        })).ToArray();
        await Task.WhenAll(writers).WaitAsync(Timeout * 4);
        await done.CancelAsync();
        await reader.WaitAsync(Timeout);

        var all = (await AllEventsAsync(store)).Select(e => e.Id).ToArray();
        Assert.Equal(Writers + (Writers * CommitsPerWriter * 2) + (Writers * CommitsPerWriter / 10), all.Length);
        Assert.Equal(all, seen.ToArray());
    }

    [Fact]
    public async Task ReadEventsAsync_ReaderStartingAtTheLastId_SeesEveryLaterEvent()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        await EnqueueAsync(store, job);
        var start = await store.GetLastEventIdAsync(Ct);

        var writes = Enumerable.Range(0, 20).Select(_ => EnqueueAsync(store, NewJob())).ToArray();
        await Task.WhenAll(writes);
        var after = await store.ReadEventsAsync(new EventQuery(null, start, 100), Ct);

        Assert.Equal(20, after.Count);
        Assert.All(after, e => Assert.True(e.Id > start));
        Assert.Equal(after[^1].Id, await store.GetLastEventIdAsync(Ct));
        Assert.Equal(JobStatus.Queued, (await store.GetAsync(job.Id, Ct))!.Status);
    }
}
