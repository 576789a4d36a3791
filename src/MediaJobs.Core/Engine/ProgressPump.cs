using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Coalesces a step's progress reports: the step may report thousands of times per second;
/// at most one <c>step-progress</c> event per interval is committed. Started on the first report.
/// Once the run is stopping (cancel, pause) nothing more is written: ffmpeg's last block after <c>q</c> says 100%.
/// </summary>
internal sealed class ProgressPump(JobWriter writer, StepRecord step, TimeProvider time, TimeSpan interval, CancellationToken stopping) : IAsyncDisposable
{
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
                await FlushAsync();
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

    /// <summary>Writes the latest report if it was not written yet; one flush at a time, so none is written twice.</summary>
    public async Task FlushAsync()
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
            _writtenVersion = version;
            var details = Volatile.Read(ref _details);
            await writer.CommitAsync((job, now) =>
            {
                if (details is not null)
                {
                    // Copied under the writer's gate: the reporter never touches the job itself.
                    job.Results[JobResultNames.Progress] = details.DeepClone();
                }
                return JobTransitions.StepProgress(job, step, latest, now);
            });
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
