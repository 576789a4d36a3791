using System.Collections.Concurrent;
using System.Diagnostics;
using MediaJobs.Core.Diagnostics;
using OpenTelemetry;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>
/// An in-process trace collector: the last processor of the server's tracer provider, so it sees
/// spans as the exporter would (after the server's own processors). Tests wait on ended spans, never sleep.
/// </summary>
public sealed class SpanCollector : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _ended = new();
    private readonly SemaphoreSlim _signal = new(0);

    public IReadOnlyList<Activity> Ended => [.. _ended];

    public override void OnEnd(Activity data)
    {
        _ended.Enqueue(data);
        _signal.Release();
    }

    /// <summary>Spans tagged with one of these job ids.</summary>
    public IReadOnlyList<Activity> OfJob(string jobId) =>
        [.. _ended.Where(a => a.GetTagItem(MediaJobsTracing.JobIdTag) as string == jobId)];

    /// <summary>Waits until <paramref name="done"/> holds over the ended spans.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<Activity>, bool> done, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!done(Ended))
        {
            await _signal.WaitAsync(cts.Token);
        }
    }

    protected override void Dispose(bool disposing)
    {
        _signal.Dispose();
        base.Dispose(disposing);
    }
}
