using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Service;

/// <summary>
/// Child jobs: a job's children are the jobs of the batch whose id is the parent's id (no column of their own). A
/// child's end wakes a parent that snoozed to wait for it (<see cref="ParentWake"/>); a parent's cancel cancels them.
/// </summary>
public sealed partial class JobService
{
    /// <summary>
    /// Submits the children of <paramref name="parent"/> that do not exist yet, each with its own chosen id
    /// (<see cref="JobSubmission.Id"/>), so a step re-run after a crash never submits one twice (the parent's lease
    /// means one run submits at a time). Returns the ones submitted now.
    /// </summary>
    public async Task<IReadOnlyList<Job>> SubmitChildrenAsync(Job parent, IReadOnlyList<JobSubmission> children, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(children);
        if (children.Any(c => !JobIds.IsDerived(c.Id)))
        {
            // Derived ids also tell the engine which ends may wake a parent (ParentWake).
            throw new ArgumentException("Every child needs its own id from JobIds.Derived, so a repeated submission is recognised.", nameof(children));
        }
        var existing = (await ListChildrenAsync(parent.Id, ct)).Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        var fresh = children.Where(c => !existing.Contains(c.Id!)).ToList();
        if (fresh.Count == 0)
        {
            return [];
        }
        var now = time.GetUtcNow();
        var batch = await store.GetBatchAsync(parent.Id, ct) is null ? new Batch(parent.Id, $"children of {parent.Id}", parent.Owner, now) : null;
        var jobs = new List<Job>(fresh.Count);
        var events = new List<NewJobEvent>(fresh.Count);
        foreach (var child in fresh)
        {
            child.Owner = parent.Owner;
            var job = Prepare(child, parent.Id, now, "");
            events.AddRange(JobTransitions.Submitted(job, now));
            jobs.Add(job);
        }
        await store.EnqueueAsync(jobs, batch, events, ct);
        engine.Wake();
        return jobs;
    }

    /// <summary>The children of job <paramref name="parentId"/>, oldest first (none for a job that has none).</summary>
    public async Task<IReadOnlyList<Job>> ListChildrenAsync(string parentId, CancellationToken ct)
    {
        var page = await store.ListAsync(new JobQuery { BatchId = parentId, OldestFirst = true, Limit = 10_000 }, ct);
        return page.Items;
    }
}
