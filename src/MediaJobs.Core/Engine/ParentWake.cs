using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Engine;

/// <summary>
/// A child job's end wakes its parent: when the child's batch is a job (<see cref="Service.JobService.SubmitChildrenAsync"/>)
/// that is queued to run later (it snoozed to wait for its children), it becomes claimable now. Only a child's derived
/// id (<see cref="JobIds.IsDerived"/>) is looked at, so the end of an ordinary job, batched or not, costs no read.
/// </summary>
internal static class ParentWake
{
    public static async Task WakeAsync(IJobStore store, Job child, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(time);
        if (child.BatchId is not { } parentId || !JobIds.IsDerived(child.Id) || !JobIds.IsWellFormed(parentId))
        {
            return;
        }
        // A version conflict means the parent moved on its own (claimed, cancelled): it needs no wake then.
        for (var tries = 0; tries < 3; tries++)
        {
            var parent = await store.GetAsync(parentId, ct);
            var now = time.GetUtcNow();
            if (parent is not { Status: JobStatus.Queued, RunAfterUtc: { } later } || later <= now)
            {
                return;
            }
            parent.RunAfterUtc = now;
            if ((await store.CommitAsync(new JobCommit(parent, parent.Version, []), ct)).Committed)
            {
                return;
            }
        }
    }
}
