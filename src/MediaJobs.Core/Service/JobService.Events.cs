using System.Runtime.CompilerServices;
using MediaJobs.Core.Events;

namespace MediaJobs.Core.Service;

/// <summary>Reading the event log: pages for polling, and a follow for streams.</summary>
public sealed partial class JobService
{
    public Task<IReadOnlyList<JobEvent>> ReadEventsAsync(string? jobId, long afterId, int limit, CancellationToken ct) =>
        store.ReadEventsAsync(new EventQuery(jobId, afterId, Math.Clamp(limit, 1, 1000)), ct);

    /// <summary>
    /// Every event after <paramref name="afterId"/> (one job's or all), then new ones as they are
    /// committed, until cancelled. Yields null as a heartbeat tick when nothing came for <paramref name="heartbeat"/>.
    /// </summary>
    public async IAsyncEnumerable<JobEvent?> FollowEventsAsync(string? jobId, long afterId, TimeSpan heartbeat, [EnumeratorCancellation] CancellationToken ct)
    {
        var last = afterId;
        var quietSince = time.GetUtcNow();
        var scope = jobId is null ? "all" : "job";
        metrics?.SubscriberOpened(scope);
        try
        {
            await foreach (var e in FollowAsync(jobId, last, heartbeat, quietSince, ct))
            {
                yield return e;
            }
        }
        finally
        {
            metrics?.SubscriberClosed(scope);
        }
    }

    private async IAsyncEnumerable<JobEvent?> FollowAsync(string? jobId, long last, TimeSpan heartbeat, DateTimeOffset quietSince, [EnumeratorCancellation] CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            // Taken before the read: anything published after it wakes the wait below at once.
            var published = store.Feed.LastPublishedId;
            var page = await store.ReadEventsAsync(new EventQuery(jobId, last, 500), ct);
            foreach (var e in page)
            {
                last = e.Id;
                yield return e;
            }
            if (page.Count == 500)
            {
                continue;
            }
            if (page.Count > 0)
            {
                quietSince = time.GetUtcNow();
            }
            else if (time.GetUtcNow() - quietSince >= heartbeat)
            {
                quietSince = time.GetUtcNow();
                yield return null;
            }
            // The feed only says "look again"; the log is read from the store every time.
            var waitFor = heartbeat - (time.GetUtcNow() - quietSince);
            await store.Feed.WaitAsync(published, waitFor > TimeSpan.Zero ? waitFor : TimeSpan.Zero, time, ct);
        }
    }
}
