using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

// Leases and fencing: a worker whose lease ran out and whose job another worker took over cannot write.
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task CommitAsync_StaleWorkerAfterTakeover_IsRefusedAndItsLeaseIsLost()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        job.Steps = [new StepRecord { Name = "encode" }];
        await EnqueueAsync(store, job);
        var stale = Assert.Single(await ClaimAsync(store, worker: "node-a/1"));
        stale.Steps[0].Status = StepStatus.Running;
        Assert.True((await CommitAsync(store, stale, stale.Version)).Committed);

        // Node A stops beating; past its lease node B requeues the job and claims it.
        var later = T0.AddMinutes(5);
        var seenByB = (await store.GetAsync(job.Id, Ct))!;
        Assert.True(seenByB.LeaseExpiresUtc < later);
        var requeue = JobTransitions.Requeued(seenByB, "lease expired", countAttempt: true, later);
        Assert.True((await store.CommitAsync(new JobCommit(seenByB, seenByB.Version, requeue), Ct)).Committed);
        var taken = Assert.Single(await ClaimAsync(store, now: later, worker: "node-b/1"));

        // Node A comes back: its commit and its renewal are both refused.
        stale.Steps[0].Status = StepStatus.Succeeded;
        var write = await CommitAsync(store, stale, stale.Version, Event(stale, message: "from the stale node"));
        var renewal = await store.RenewLeasesAsync("node-a/1", [job.Id], later.AddMinutes(1), Ct);

        Assert.False(write.Committed);
        Assert.Equal([job.Id], renewal.Lost);
        var stored = (await store.GetAsync(job.Id, Ct))!;
        Assert.Equal("node-b/1", stored.LeaseOwner);
        Assert.Equal(taken.Version, stored.Version);
        Assert.Equal(StepStatus.Pending, stored.Steps[0].Status);
        Assert.DoesNotContain(await AllEventsAsync(store, job.Id), e => e.Message == "from the stale node");
    }

    [Fact]
    public async Task CommitAsync_RunningJobAfterRenewal_KeepsTheRenewedLease()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, NewJob());
        var job = Assert.Single(await ClaimAsync(store, worker: "w1"));
        var renewedUntil = T0.AddMinutes(30);
        await store.RenewLeasesAsync("w1", [job.Id], renewedUntil, Ct);

        // The in-memory snapshot still holds the claim-time expiry.
        job.ProgressPct = 40;
        Assert.True((await CommitAsync(store, job, job.Version)).Committed);

        var stored = (await store.GetAsync(job.Id, Ct))!;
        Assert.Equal(40, stored.ProgressPct);
        Assert.Equal("w1", stored.LeaseOwner);
        Assert.Equal(renewedUntil, stored.LeaseExpiresUtc);
    }

    [Fact]
    public async Task CommitAsync_JobLeavingRunning_ClearsItsLease()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, NewJob());
        var job = Assert.Single(await ClaimAsync(store, worker: "w1"));

        var events = JobTransitions.Requeued(job, "paused", countAttempt: false, T0);
        Assert.True((await store.CommitAsync(new JobCommit(job, job.Version, events), Ct)).Committed);

        var stored = (await store.GetAsync(job.Id, Ct))!;
        Assert.Equal(JobStatus.Queued, stored.Status);
        Assert.Null(stored.LeaseOwner);
        Assert.Null(stored.LeaseExpiresUtc);
    }
}
