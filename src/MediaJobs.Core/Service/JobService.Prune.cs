using MediaJobs.Core.Jobs;
using MediaJobs.Core.Retention;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Service;

public sealed partial class JobService
{
    /// <summary>
    /// Deletes the finished jobs older than <paramref name="policy"/> allows, with their events and folders, a batch at a
    /// time, oldest first; never a running job, never a job of a batch that still has work queued or running. Named
    /// counters (lifetime bytes saved) live apart from jobs and are untouched. A pipeline's own clean-up is not run
    /// again (it ran when the job ended, and the start-up sweep repeats it after a crash), except for cancelled jobs,
    /// which may keep files for a retry: those are swept first.
    /// </summary>
    public async Task<PruneResult> PruneAsync(RetentionOptions policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var now = time.GetUtcNow();
        var deleted = new Dictionary<JobStatus, int>();
        var cancelledAge = policy.Limits().Where(l => l.Status == JobStatus.Cancelled).Select(l => (TimeSpan?)l.MaxAge).FirstOrDefault();
        await engine.Cleaner.SweepCancelledJobsAsync(now - cancelledAge, ct);
        foreach (var (status, maxAge) in policy.Limits())
        {
            var which = new JobDeletion([status]) { EndedBeforeUtc = now - maxAge, Limit = policy.BatchSize, KeepUnfinishedBatches = true };
            int count;
            do
            {
                var ids = await store.DeleteAsync(which, time.GetUtcNow(), ct);
                foreach (var id in ids)
                {
                    engine.Cleaner.RemoveJobDirectory(id);
                }
                count = ids.Count;
                deleted[status] = deleted.GetValueOrDefault(status) + count;
                metrics?.Pruned(status.ToString(), count);
            }
            while (count == policy.BatchSize);
        }
        return new PruneResult(deleted);
    }
}
