using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Conformance;

/// <summary>Finishes per minute, read from the finish-time index (the dashboard's chart, no page of jobs).</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task CountFinishedPerMinute_GroupsSucceededAndFailedByUtcMinute_FromSince_PerOwner()
    {
        var store = await NewStoreAsync();
        var minute = new DateTimeOffset(2026, 3, 4, 5, 6, 0, TimeSpan.Zero);
        Job Finished(JobStatus status, DateTimeOffset ended, string? owner = null)
        {
            var job = NewJob(owner: owner);
            job.Status = status;
            job.EndedUtc = ended;
            return job;
        }
        await EnqueueAsync(store,
            Finished(JobStatus.Succeeded, minute.AddMinutes(-1).AddSeconds(59.999)), // before since: not counted
            Finished(JobStatus.Succeeded, minute),
            Finished(JobStatus.Succeeded, minute.AddSeconds(59.9999999), "alice"),
            Finished(JobStatus.Failed, minute.AddSeconds(30), "alice"),
            Finished(JobStatus.Cancelled, minute.AddSeconds(31)), // neither succeeded nor failed
            Finished(JobStatus.Failed, minute.AddMinutes(2).AddSeconds(1)),
            NewJob());

        var all = await store.CountFinishedPerMinuteAsync(minute, null, Ct);
        var alice = await store.CountFinishedPerMinuteAsync(minute, "alice", Ct);
        var none = await store.CountFinishedPerMinuteAsync(minute.AddMinutes(3), null, Ct);

        Assert.Equal([new FinishedMinute(minute, 2, 1), new FinishedMinute(minute.AddMinutes(2), 0, 1)], all);
        Assert.Equal([new FinishedMinute(minute, 1, 1)], alice);
        Assert.Empty(none);
        Assert.All(all, m => Assert.Equal(TimeSpan.Zero, m.Minute.Offset));
    }
}
