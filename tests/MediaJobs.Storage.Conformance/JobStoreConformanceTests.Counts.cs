using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

/// <summary>The counts kept on write stay exactly what the rows say, whatever mix of writes moved them.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task Counts_AfterSubmitClaimRenewFencedCommitCancelRetryAndPurge_MatchTheRows()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 8).Select(i => NewJob(owner: (i % 3) switch { 0 => "alice", 1 => "bob", _ => null })).ToList();
        var batch = new Batch("batch-counts", "counts", null, T0);
        foreach (var job in jobs.Take(5))
        {
            job.BatchId = batch.Id;
        }
        await store.EnqueueAsync(jobs.Take(5).ToArray(), batch, [], Ct).WaitAsync(Timeout);
        await EnqueueAsync(store, [.. jobs.Skip(5)]);
        var other = NewJob(type: "transcode", owner: "alice");
        await EnqueueAsync(store, other);
        jobs.Add(other);

        var running = await ClaimAsync(store, max: 6);
        Assert.Equal(6, running.Count);
        var renewal = await store.RenewLeasesAsync("w1", [.. running.Select(j => j.Id)], T0.AddMinutes(5), Ct).WaitAsync(Timeout);
        Assert.Empty(renewal.Lost);
        var (done, failing, stale, moved, cancelled, requeued) = (running[0], running[1], running[2], running[3], running[4], running[5]);
        // A commit behind the stored version writes nothing, and so counts nothing.
        stale.Status = JobStatus.Failed;
        Assert.False((await CommitAsync(store, stale, stale.Version - 1)).Committed);
        Assert.True(await store.RequestCancelAsync(cancelled.Id, Ct));
        // One turn's commits together (the stores may fold them into one statement): a status change, a failure, an
        // owner change while running, a cancel and a lease-expiry requeue.
        done.Status = JobStatus.Succeeded;
        failing.Status = JobStatus.Failed;
        moved.Owner = "carol";
        moved.Input = new JsonObject { ["topic"] = "moved zebra" };
        cancelled.Status = JobStatus.Cancelled;
        requeued.Status = JobStatus.Queued;
        var commits = await Task.WhenAll(new[] { done, failing, moved, cancelled, requeued }.Select(j => CommitAsync(store, j, j.Version)));
        Assert.All(commits, c => Assert.True(c.Committed));
        // Retry of the failed job: queued again, ahead of the others.
        failing.Status = JobStatus.Queued;
        Assert.True((await store.CommitAsync(new JobCommit(failing, failing.Version, [], MoveToFrontOfQueue: true, ClearCancelRequest: true), Ct)).Committed);
        var purged = await store.DeleteAsync(new JobDeletion([JobStatus.Succeeded, JobStatus.Cancelled]), T0.AddHours(1), Ct);
        Assert.Equal(2, purged.Count);

        var rows = (await Task.WhenAll(jobs.Select(j => store.GetAsync(j.Id, Ct)))).OfType<Job>().ToList();
        Assert.Equal(jobs.Count - 2, rows.Count);
        Assert.Equal(
            rows.GroupBy(j => $"{j.Type}/{j.Status}").Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal),
            (await store.CountJobsAsync(Ct)).Select(c => $"{c.Type}/{c.Status}={c.Count}").Order(StringComparer.Ordinal));
        foreach (var owner in new[] { null, "alice", "bob", "carol" })
        {
            var stats = await store.GetStatsAsync(owner, Ct);
            var own = rows.Where(j => owner is null || j.Owner == owner).ToList();
            Assert.All(Enum.GetValues<JobStatus>(), s => Assert.Equal(own.Count(j => j.Status == s), stats.Count(s)));
        }
        Assert.Equal(rows.Count(j => j.BatchId == batch.Id), (await store.ListAsync(new JobQuery { BatchId = batch.Id }, Ct)).Total);
        Assert.Equal([moved.Id], (await store.ListAsync(new JobQuery { Text = "moved zebra" }, Ct)).Items.Select(j => j.Id));
        Assert.Equal(2, rows.Count(j => j.Status == JobStatus.Running));
    }
}
