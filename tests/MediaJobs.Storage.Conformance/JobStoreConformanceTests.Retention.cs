using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

/// <summary>What retention asks of a store: delete by end time, oldest first, in batches, never half a running batch.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task DeleteAsync_EndedBefore_RemovesOnlyJobsThatEndedEarlier_OldestFirst_UpToTheLimit()
    {
        var store = await NewStoreAsync();
        var oldest = Ended(NewJob(), T0.AddDays(-3));
        var older = Ended(NewJob(), T0.AddDays(-2));
        var recent = Ended(NewJob(), T0.AddHours(-1));
        var neverEnded = NewJob();
        neverEnded.Status = JobStatus.Succeeded;
        await EnqueueAsync(store, recent, older, neverEnded, oldest);
        var which = new JobDeletion([JobStatus.Succeeded]) { EndedBeforeUtc = T0.AddDays(-1) };

        var first = await store.DeleteAsync(which with { Limit = 1 }, T0, Ct);
        var rest = await store.DeleteAsync(which, T0, Ct);

        Assert.Equal([oldest.Id], first);
        Assert.Equal([older.Id], rest);
        Assert.NotNull(await store.GetAsync(recent.Id, Ct));
        Assert.NotNull(await store.GetAsync(neverEnded.Id, Ct));
    }

    [Fact]
    public async Task DeleteAsync_KeepUnfinishedBatches_LeavesEveryJobOfABatchThatStillHasQueuedWork()
    {
        var store = await NewStoreAsync();
        var doneInOpenBatch = Ended(NewJob(), T0.AddDays(-5));
        var stillQueued = NewJob();
        var doneInClosedBatch = Ended(NewJob(), T0.AddDays(-5));
        var alone = Ended(NewJob(), T0.AddDays(-5));
        await EnqueueBatchAsync(store, "open", doneInOpenBatch, stillQueued);
        await EnqueueBatchAsync(store, "closed", doneInClosedBatch);
        await EnqueueAsync(store, alone);

        var deleted = await store.DeleteAsync(new JobDeletion([JobStatus.Succeeded]) { EndedBeforeUtc = T0, KeepUnfinishedBatches = true }, T0, Ct);

        Assert.Equal(new[] { doneInClosedBatch.Id, alone.Id }.Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.NotNull(await store.GetAsync(doneInOpenBatch.Id, Ct));
    }

    [Fact]
    public async Task DeleteAsync_EveryJob_LifetimeCountersSurvive()
    {
        var store = await NewStoreAsync();
        var job = Ended(NewJob(owner: "alice"), T0.AddDays(-30));
        await EnqueueAsync(store, job);
        await store.AddToCountersAsync("alice", new Dictionary<string, long> { ["saved"] = 4096 }, Ct);

        Assert.Single(await store.DeleteAsync(new JobDeletion([JobStatus.Succeeded]) { EndedBeforeUtc = T0 }, T0, Ct));

        Assert.Equal(new CounterTotals(4096, 4096), (await store.GetStatsAsync("alice", Ct)).Counter("saved"));
        Assert.Equal(0, (await store.GetStatsAsync("alice", Ct)).Count(JobStatus.Succeeded));
    }

    private static Job Ended(Job job, DateTimeOffset ended)
    {
        job.Status = JobStatus.Succeeded;
        job.CreatedUtc = ended.AddMinutes(-1);
        job.StartedUtc = ended.AddMinutes(-1);
        job.EndedUtc = ended;
        return job;
    }

    private static async Task EnqueueBatchAsync(IJobStore store, string name, params Job[] jobs)
    {
        var batch = new Batch(Guid.CreateVersion7().ToString(), name, null, T0);
        foreach (var job in jobs)
        {
            job.BatchId = batch.Id;
        }
        await store.EnqueueAsync(jobs, batch, jobs.Select(j => Event(j, JobEventTypes.JobStatus, "Queued")).ToArray(), Ct).WaitAsync(Timeout);
    }
}
