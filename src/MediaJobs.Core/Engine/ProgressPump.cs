using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Coalesces a step's progress reports: the step may report thousands of times per second;
/// at most one <c>step-progress</c> event per interval is committed, and only when it says something new:
/// the shown percent (0.1 point steps) moved, or the details changed and a second passed since the last event
/// (a slow encode still updates its speed and ETA). No two consecutive events are the same. Started on the first report.
/// Once the run is stopping (cancel, pause) nothing more is written: ffmpeg's last block after <c>q</c> says 100%.
/// </summary>
internal sealed class ProgressPump(JobWriter writer, StepRecord step, TimeProvider time, TimeSpan interval, CancellationToken stopping) : IAsyncDisposable
{
    private static readonly TimeSpan DetailsOnlyInterval = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly Lock _gate = new();
    private bool _stopped;
    private double _latest = double.NaN;
    // Every report bumps the version; a flush writes when the version moved, so a last report that
    // changes only the details (not the percent) is written too.
    private long _version;
    private long _writtenVersion;
    private JsonObject? _details;
    private double _writtenPercent = double.NaN;
    private JsonObject? _writtenDetails;
    private DateTimeOffset _writtenAt = DateTimeOffset.MinValue;
    private Task? _loop;

    public void Report(double percent, JsonObject? details = null)
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }
        if (details is not null)
        {
            Volatile.Write(ref _details, details);
        }
        Volatile.Write(ref _latest, percent);
        Interlocked.Increment(ref _version);
        lock (_gate)
        {
            if (_loop is null && !_stopped)
            {
                _loop = Task.Run(LoopAsync);
            }
        }
    }

    private async Task LoopAsync()
    {
        try
        {
            while (true)
            {
                await FlushAsync(force: false);
                try
                {
                    await Task.Delay(interval, time, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
        catch (LeaseLostException)
        {
            // The runner finds out on its own next commit.
        }
    }

    /// <summary>Writes the latest report if it was not written yet and says something new; one flush at a time, so none is written twice.</summary>
    /// <param name="force">The step asked for it or ended: new details are written without waiting for the second to pass.</param>
    public async Task FlushAsync(bool force = true)
    {
        await _flushing.WaitAsync(CancellationToken.None);
        try
        {
            var version = Interlocked.Read(ref _version);
            var latest = Volatile.Read(ref _latest);
            if (double.IsNaN(latest) || version == _writtenVersion || stopping.IsCancellationRequested)
            {
                return;
            }
            var details = Volatile.Read(ref _details);
            var shown = Math.Max(double.IsNaN(_writtenPercent) ? 0 : _writtenPercent, JobTransitions.ShownPercent(latest));
            var percentMoved = shown != _writtenPercent;
            var detailsMoved = details is not null && !JsonNode.DeepEquals(details, _writtenDetails);
            var secondPassed = time.GetUtcNow() - _writtenAt >= DetailsOnlyInterval;
            if (!percentMoved && !detailsMoved)
            {
                _writtenVersion = version;
                return;
            }
            if (!percentMoved && !force && !secondPassed)
            {
                return; // New details only: the next tick after the second writes them.
            }
            _writtenVersion = version;
            // Compared and copied once: the reporter may replace the details while the commit runs.
            var written = details?.DeepClone().AsObject();
            await writer.CommitAsync((job, now) =>
            {
                if (written is not null)
                {
                    // Copied under the writer's gate: the reporter never touches the job itself.
                    job.Results[JobResultNames.Progress] = written.DeepClone();
                }
                return JobTransitions.StepProgress(job, step, latest, now, written);
            });
            _writtenPercent = shown;
            _writtenDetails = written;
            _writtenAt = time.GetUtcNow();
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>Stops the loop, then writes whatever was reported after its last write.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_gate)
        {
            _stopped = true;
            loop = _loop;
        }
        await _stop.CancelAsync();
        if (loop is not null)
        {
            await loop;
            await FlushAsync();
        }
        _stop.Dispose();
        _flushing.Dispose();
    }
}
