using System.Collections.Concurrent;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ClaimAsync_MixedPriorities_ClaimsHighestPriorityThenQueueOrder()
    {
        var store = await NewStoreAsync();
        var low1 = NewJob(priority: 0);
        var high1 = NewJob(priority: 5);
        var low2 = NewJob(priority: 0);
        var high2 = NewJob(priority: 5);
        var mid = NewJob(priority: 2);
        foreach (var job in new[] { low1, high1, low2, high2, mid })
        {
            await EnqueueAsync(store, job);
        }

        var order = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            order.Add(Assert.Single(await ClaimAsync(store)).Id);
        }

        Assert.Equal([high1.Id, high2.Id, mid.Id, low1.Id, low2.Id], order);
        Assert.Empty(await ClaimAsync(store));
    }

    [Fact]
    public async Task ClaimAsync_SeveralAtOnce_ReturnsThemInQueueOrder()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 6).Select(i => NewJob(priority: i % 2)).ToArray();
        await EnqueueAsync(store, jobs);

        var claimed = await ClaimAsync(store, max: 6);

        Assert.Equal([jobs[1].Id, jobs[3].Id, jobs[5].Id, jobs[0].Id, jobs[2].Id, jobs[4].Id], claimed.Select(j => j.Id));
    }

    [Fact]
    public async Task ClaimAsync_OtherType_IsNotClaimed()
    {
        var store = await NewStoreAsync();
        var doc = NewJob(type: "document");
        await EnqueueAsync(store, doc);

        Assert.Empty(await ClaimAsync(store, type: "video"));
        Assert.Equal(doc.Id, Assert.Single(await ClaimAsync(store, type: "document")).Id);
    }

    [Fact]
    public async Task ClaimAsync_WhileQueuePaused_ClaimsNothingUntilResumed()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        await EnqueueAsync(store, job);
        await store.SetSettingAsync(Settings.QueuePaused, "true", Ct);

        var whilePaused = await ClaimAsync(store);
        await store.SetSettingAsync(Settings.QueuePaused, null, Ct);

        Assert.Empty(whilePaused);
        Assert.Equal(job.Id, Assert.Single(await ClaimAsync(store)).Id);
    }

    [Fact]
    public async Task ClaimAsync_RunAfterInFuture_IsNotClaimedUntilDue()
    {
        var store = await NewStoreAsync();
        var later = NewJob();
        later.RunAfterUtc = T0.AddMinutes(5);
        await EnqueueAsync(store, later);

        Assert.Empty(await ClaimAsync(store, now: T0.AddMinutes(4)));
        Assert.Equal(later.Id, Assert.Single(await ClaimAsync(store, now: T0.AddMinutes(5))).Id);
    }

    [Fact]
    public async Task ClaimAsync_MaxCount_LimitsClaimedJobs()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, Enumerable.Range(0, 5).Select(_ => NewJob()).ToArray());

        Assert.Equal(3, (await ClaimAsync(store, max: 3)).Count);
        Assert.Equal(2, (await ClaimAsync(store, max: 3)).Count);
        Assert.Empty(await ClaimAsync(store, max: 3));
    }

    [Fact]
    public async Task ClaimAsync_QueuedJob_SetsRunningLeaseAttemptAndVersion()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        job.Steps = [new StepRecord { Name = "probe" }];
        await EnqueueAsync(store, job);
        var now = T0.AddSeconds(10);

        var claimed = Assert.Single(await store.ClaimAsync(new ClaimRequest("worker-a", "video", 1, now, now.AddSeconds(30)), Ct));

        Assert.Equal(JobStatus.Running, claimed.Status);
        Assert.Equal("worker-a", claimed.LeaseOwner);
        Assert.Equal(now.AddSeconds(30), claimed.LeaseExpiresUtc);
        Assert.Equal(1, claimed.Attempt);
        Assert.Equal(job.Version + 1, claimed.Version);
        Assert.Equal(now, claimed.StartedUtc);
        Assert.Equal("probe", Assert.Single(claimed.Steps).Name);
        var stored = await store.GetAsync(job.Id, Ct);
        Assert.Equal(JobStatus.Running, stored!.Status);
        Assert.Equal(claimed.Version, stored.Version);
    }

    [Fact]
    public async Task ClaimAsync_EightConcurrentClaimers_NeverClaimTheSameJobTwice()
    {
        var store = await NewStoreAsync();
        await EnqueueAsync(store, Enumerable.Range(0, 200).Select(_ => NewJob()).ToArray());
        var claims = new ConcurrentBag<string>();

        var claimers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            while (true)
            {
                var got = await store.ClaimAsync(new ClaimRequest($"w{w}", "video", 1 + (w % 3), T0, T0.AddMinutes(1)), Ct);
                if (got.Count == 0)
                {
                    return;
                }
                foreach (var job in got)
                {
                    claims.Add(job.Id);
                }
            }
        }));
        await Task.WhenAll(claimers).WaitAsync(Timeout);

        Assert.Equal(200, claims.Count);
        Assert.Equal(200, claims.Distinct().Count());
        Assert.Equal(200, (await store.GetStatsAsync(null, Ct)).Count(JobStatus.Running));
    }
}
