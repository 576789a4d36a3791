using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

// The dashboard's overviews: batches with counts and progress, running jobs per lease owner, the node of a step.
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ListBatchesAsync_CountsPerStatusAndProgress_NewestFirst_ByOwner_Paged_WithoutEmptiedBatches()
    {
        var store = await NewStoreAsync();
        var older = await EnqueueBatchAsync(store, "older", "alice", T0, "video", 3);
        var newer = await EnqueueBatchAsync(store, "newer", "bob", T0.AddMinutes(1), "pdf", 1);
        var emptied = await EnqueueBatchAsync(store, "emptied", "alice", T0.AddMinutes(2), "pdf", 1);
        // Of the older batch: one Succeeded, one Running at 40 %, one still Queued.
        var claimed = await ClaimAsync(store, "video", max: 2);
        await FinishAsync(store, claimed[0], JobStatus.Succeeded, 100);
        await FinishAsync(store, claimed[1], JobStatus.Running, 40);
        await store.DeleteAsync(new JobDeletion([JobStatus.Queued]) { Ids = [emptied[0].Id] }, T0, Ct);

        var all = await store.ListBatchesAsync(new BatchQuery(), Ct);
        var alices = await store.ListBatchesAsync(new BatchQuery { Owner = "alice" }, Ct);
        var secondPage = await store.ListBatchesAsync(new BatchQuery { Offset = 1, Limit = 1 }, Ct);

        Assert.Equal(2, all.Total);
        Assert.Equal(["newer", "older"], all.Items.Select(b => b.Batch.Name));
        var summary = all.Items[1];
        Assert.Equal(new Batch(older[0].BatchId!, "older", "alice", T0), summary.Batch);
        Assert.Equal(3, summary.JobCount);
        Assert.Equal((1, 1, 1, 0), (summary.Count(JobStatus.Succeeded), summary.Count(JobStatus.Running), summary.Count(JobStatus.Queued), summary.Count(JobStatus.Failed)));
        Assert.Equal(46.7, summary.ProgressPct);
        Assert.Equal(0, all.Items[0].ProgressPct);
        Assert.Equal(newer[0].BatchId, all.Items[0].Batch.Id);
        Assert.Equal((1, "older"), (alices.Total, Assert.Single(alices.Items).Batch.Name));
        Assert.Equal((2, "older"), (secondPage.Total, Assert.Single(secondPage.Items).Batch.Name));
    }

    [Fact]
    public async Task CountRunningByLeaseOwnerAsync_CountsOnlyRunningJobsPerOwner()
    {
        var store = await NewStoreAsync();
        Assert.Empty(await store.CountRunningByLeaseOwnerAsync(Ct));
        await EnqueueAsync(store, NewJob(), NewJob(), NewJob(), NewJob());
        var a = await ClaimAsync(store, max: 2, worker: "node-a/1");
        await ClaimAsync(store, max: 1, worker: "node-b/7");
        await FinishAsync(store, a[0], JobStatus.Succeeded, 100);

        var counts = await store.CountRunningByLeaseOwnerAsync(Ct);

        Assert.Equal(new Dictionary<string, int> { ["node-a/1"] = 1, ["node-b/7"] = 1 }, counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public async Task CommitAsync_StepNode_IsStoredAndReadBack()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        job.Steps = [new StepRecord { Name = "probe" }, new StepRecord { Name = "encode" }];
        await EnqueueAsync(store, job);
        var claimed = Assert.Single(await ClaimAsync(store));
        claimed.Steps[0].Node = "node-a";

        await CommitAsync(store, claimed, claimed.Version);

        var stored = await store.GetAsync(job.Id, Ct);
        Assert.Equal(["node-a", null], stored!.Steps.Select(s => s.Node));
    }

    private static async Task<Job[]> EnqueueBatchAsync(IJobStore store, string name, string owner, DateTimeOffset created, string type, int count)
    {
        var batch = new Batch(Guid.CreateVersion7().ToString(), name, owner, created);
        var jobs = Enumerable.Range(0, count).Select(_ => NewJob(type, created: created, owner: owner)).ToArray();
        foreach (var job in jobs)
        {
            job.BatchId = batch.Id;
        }
        await store.EnqueueAsync(jobs, batch, [.. jobs.Select(j => Event(j))], Ct).WaitAsync(Timeout);
        return jobs;
    }

    private static async Task FinishAsync(IJobStore store, Job job, JobStatus status, double progress)
    {
        job.Status = status;
        job.ProgressPct = progress;
        if (status.IsFinal())
        {
            job.LeaseOwner = null;
            job.LeaseExpiresUtc = null;
        }
        Assert.True((await CommitAsync(store, job, job.Version)).Committed);
    }
}
