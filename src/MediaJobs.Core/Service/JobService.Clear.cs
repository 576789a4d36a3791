using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Service;

/// <summary>Clear: deletes jobs, then cleans up after each deleted one and removes its folder (outputs, logs).</summary>
public sealed partial class JobService
{
    /// <summary>
    /// Deletes jobs in the given statuses (default: every final one), optionally only of some
    /// <paramref name="types"/>; never a running job.
    /// </summary>
    public async Task<IReadOnlyList<string>> ClearAsync(IReadOnlyCollection<JobStatus>? statuses, string? owner, IReadOnlyCollection<string>? types, CancellationToken ct)
    {
        IReadOnlyCollection<JobStatus> which = statuses is { Count: > 0 }
            ? [.. statuses.Where(s => s != JobStatus.Running)]
            : [JobStatus.Succeeded, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Skipped];
        if (which.Count == 0)
        {
            return [];
        }
        return await DeleteAsync(new JobDeletion(which) { Owner = owner, Types = types }, ct);
    }

    /// <summary>Deletes one job unless it is running; the outcome says which.</summary>
    public async Task<DeleteOutcome> DeleteAsync(string id, string? owner, CancellationToken ct)
    {
        var job = await GetAsync(id, owner, ct);
        if (job is null)
        {
            return DeleteOutcome.NotFound;
        }
        if (job.Status == JobStatus.Running)
        {
            return DeleteOutcome.Running;
        }
        var deleted = await DeleteAsync(new JobDeletion([job.Status]) { Owner = owner, Ids = [id] }, ct);
        // Between the read and the delete it may have been claimed (Running) or removed by someone else.
        return deleted.Count == 1 ? DeleteOutcome.Deleted : await GetAsync(id, owner, ct) is null ? DeleteOutcome.NotFound : DeleteOutcome.Running;
    }

    private async Task<IReadOnlyList<string>> DeleteAsync(JobDeletion deletion, CancellationToken ct)
    {
        var which = deletion.Statuses;
        var owner = deletion.Owner;
        var types = deletion.Types;
        // A deleted job's input goes with it, so the jobs a pipeline cleans up after are read first (Running ones too:
        // recovery may requeue one before the delete). The clean-up comes after the delete, when nothing can claim them.
        var before = new Dictionary<string, Job>(StringComparer.Ordinal);
        foreach (var type in engine.Cleaner.TypesWithCleanup.Where(t => types is not { Count: > 0 } || types.Contains(t, StringComparer.Ordinal)))
        {
            var query = new JobQuery { Type = type, Owner = owner, Statuses = [.. which, JobStatus.Running], Text = deletion.Ids is { Count: 1 } only ? only.First() : null };
            await foreach (var job in engine.Cleaner.ListAsync(query, ct))
            {
                before[job.Id] = job;
            }
        }
        var deleted = await store.DeleteAsync(deletion, time.GetUtcNow(), ct);
        foreach (var id in deleted)
        {
            if (before.TryGetValue(id, out var job))
            {
                await engine.Cleaner.CleanUpAsync(job, CancellationToken.None, deleted: true);
            }
            engine.Cleaner.RemoveJobDirectory(id);
        }
        return deleted;
    }

    /// <summary>
    /// Deletes one finished (or queued) job and its folder, as Shrinkray's <c>DELETE</c> of a finished job does.
    /// False when it does not exist for this owner or is running.
    /// </summary>
    public async Task<bool> RemoveAsync(string id, string? owner, CancellationToken ct) =>
        await DeleteAsync(id, owner, ct) == DeleteOutcome.Deleted;
}
