using System.Diagnostics.Metrics;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Diagnostics;

/// <summary>
/// <c>mediajobs_queue_jobs{type,status}</c>: one grouped store query per scrape at most every
/// <see cref="MaxAge"/>, so frequent scrapes (or several exporters) cost the store nothing extra.
/// </summary>
public sealed class QueueDepthGauge
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);

    private readonly IJobStore _store;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private IReadOnlyList<JobCount> _last = [];
    private DateTimeOffset _takenAt = DateTimeOffset.MinValue;

    public QueueDepthGauge(MediaJobsMetrics metrics, IJobStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _store = store;
        _time = time;
        metrics.Meter.CreateObservableGauge("mediajobs_queue_jobs", Observe, description: "Jobs per type and status (sampled at most every 5 s).");
    }

    private IEnumerable<Measurement<long>> Observe() =>
        Snapshot().Select(c => new Measurement<long>(c.Count,
            new KeyValuePair<string, object?>("type", c.Type),
            new KeyValuePair<string, object?>("status", c.Status.ToString())));

    /// <summary>
    /// The cached counts, refreshed when older than <see cref="MaxAge"/>. The meter's callback is synchronous,
    /// so the refresh blocks the scrape (one indexed GROUP BY); a store that does not answer in time leaves the last counts.
    /// </summary>
    internal IReadOnlyList<JobCount> Snapshot()
    {
        lock (_gate)
        {
            if (_time.GetUtcNow() - _takenAt < MaxAge)
            {
                return _last;
            }
            try
            {
                using var timeout = new CancellationTokenSource(QueryTimeout);
                _last = Task.Run(() => _store.CountJobsAsync(timeout.Token), timeout.Token).GetAwaiter().GetResult();
                _takenAt = _time.GetUtcNow();
            }
            catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException or System.Data.Common.DbException)
            {
                // Keep the last counts: a scrape must not fail because the store is busy.
            }
            return _last;
        }
    }
}
