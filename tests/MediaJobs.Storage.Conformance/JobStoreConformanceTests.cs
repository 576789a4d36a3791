using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// The one behaviour suite every <see cref="IJobStore"/> must pass. A store plugs in with one
/// subclass that says how to make a fresh, empty, initialized store and how to reopen it.
/// Every test talks to the store through <see cref="IJobStore"/> only.
/// </summary>
public abstract partial class JobStoreConformanceTests : IAsyncLifetime
{
    /// <summary>Generous: only a broken store ever gets near it.</summary>
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Millisecond-precise on purpose: the contract promises exactness to the millisecond.</summary>
    protected static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);

    private readonly List<IJobStore> _stores = [];

    /// <summary>A fresh, empty store over new backing data, already initialized.</summary>
    protected abstract Task<IJobStore> CreateStoreAsync();

    /// <summary>A new store over the same backing data as <paramref name="closed"/>, which the suite has disposed.</summary>
    protected abstract Task<IJobStore> ReopenStoreAsync(IJobStore closed);

    /// <summary>Removes whatever backing data the stores of this test used (after they are disposed).</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await CloseAsync(store);
        }
        await CleanupAsync();
    }

    protected async Task<IJobStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    protected async Task<IJobStore> ReopenAsync(IJobStore store)
    {
        await CloseAsync(store);
        var reopened = await ReopenStoreAsync(store);
        _stores.Add(reopened);
        return reopened;
    }

    protected static CancellationToken Ct => CancellationToken.None;

    protected static Job NewJob(string type = "video", int priority = 0, DateTimeOffset? created = null, string? owner = null) => new()
    {
        Id = Guid.CreateVersion7().ToString(),
        Type = type,
        Priority = priority,
        CreatedUtc = created ?? T0,
        Owner = owner,
        CorrelationId = "corr-" + type,
    };

    protected static NewJobEvent Event(Job job, string type = JobEventTypes.Log, string message = "hello") =>
        new(job.Id, type, EventLevel.Info, message, new JsonObject { ["n"] = 1 }, T0);

    protected static async Task<IReadOnlyList<long>> EnqueueAsync(IJobStore store, params Job[] jobs) =>
        await store.EnqueueAsync(jobs, null, jobs.Select(j => Event(j, JobEventTypes.JobStatus, "Queued")).ToArray(), Ct).WaitAsync(Timeout);

    protected static async Task<IReadOnlyList<Job>> ClaimAsync(IJobStore store, string type = "video", int max = 1, DateTimeOffset? now = null, string worker = "w1") =>
        await store.ClaimAsync(new ClaimRequest(worker, type, max, now ?? T0, (now ?? T0).AddMinutes(1)), Ct).WaitAsync(Timeout);

    protected static async Task<CommitResult> CommitAsync(IJobStore store, Job job, long expected, params NewJobEvent[] events) =>
        await store.CommitAsync(new JobCommit(job, expected, events), Ct).WaitAsync(Timeout);

    protected static async Task<IReadOnlyList<JobEvent>> AllEventsAsync(IJobStore store, string? jobId = null) =>
        await store.ReadEventsAsync(new EventQuery(jobId, 0, 10_000), Ct).WaitAsync(Timeout);

    private static async Task CloseAsync(IJobStore store)
    {
        switch (store)
        {
            case IAsyncDisposable d:
                await d.DisposeAsync();
                break;
            case IDisposable d:
                d.Dispose();
                break;
        }
    }
}
