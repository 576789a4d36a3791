using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Serialises the changes of one running job: each change mutates the in-memory job and commits
/// it with its events under the version guard. A conflict means the lease was lost.
/// Commits take no token on purpose: they are short, and one must never be abandoned half-way.
/// </summary>
internal sealed class JobWriter(Job job, IJobStore store, TimeProvider time, MediaJobsMetrics? metrics = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Job Job { get; } = job;

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task CommitAsync(
        Func<Job, DateTimeOffset, IReadOnlyList<NewJobEvent>> change,
        bool moveToFront = false,
        IReadOnlyDictionary<string, long>? counters = null)
    {
        // Never cancelled half-way: a commit the store applied must also be reflected in memory.
        await _gate.WaitAsync();
        try
        {
            var events = change(Job, time.GetUtcNow());
            var result = await store.CommitAsync(new JobCommit(Job, Job.Version, events, moveToFront, counters), CancellationToken.None);
            if (result.Conflict)
            {
                throw new LeaseLostException(Job.Id);
            }
            metrics?.ProgressEventsWritten(Job.Type, events.Count(e => e.Type == JobEventTypes.StepProgress));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Fencing before something that cannot be undone (an artifact or a replaced original): renews the lease
    /// (so no node may take the job over for <paramref name="lease"/>), then commits, which bumps the version
    /// so a takeover decided on an older read fails. Throws <see cref="LeaseLostException"/> when either finds
    /// the job taken over already.
    /// </summary>
    public async Task FenceAsync(TimeSpan lease)
    {
        var renewal = await store.RenewLeasesAsync(Job.LeaseOwner ?? "", [Job.Id], time.GetUtcNow() + lease, CancellationToken.None);
        if (renewal.Lost.Count > 0)
        {
            throw new LeaseLostException(Job.Id);
        }
        await CommitAsync((_, _) => []);
    }

    /// <summary>
    /// Changes the in-memory job without a commit (it is written with the next one), under the same gate as
    /// commits, so a change from a step never races a progress commit serialising the job on another thread.
    /// </summary>
    public void Mutate(Action<Job> change)
    {
        _gate.Wait();
        try
        {
            change(Job);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
