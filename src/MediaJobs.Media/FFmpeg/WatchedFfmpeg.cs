using MediaJobs.Media.Processes;

namespace MediaJobs.Media.FFmpeg;

/// <summary>
/// Runs ffmpeg under a stall watchdog: when its output time does not advance for the stall timeout, ffmpeg is
/// stopped (graceful, then killed) and <see cref="StallException"/> is thrown. Time comes from the injected provider.
/// </summary>
public sealed class WatchedFfmpeg(FfmpegRunner ffmpeg, TimeProvider time)
{
    public async Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, FfmpegRunOptions options, TimeSpan stallTimeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stalled = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var fired = 0;
        var lastProcessed = TimeSpan.MinValue;
        using var timer = time.CreateTimer(_ =>
        {
            Interlocked.Exchange(ref fired, 1);
            stalled.Cancel();
        }, null, stallTimeout, Timeout.InfiniteTimeSpan);
        var inner = options.OnProgress;
        var watched = options with
        {
            OnProgress = p =>
            {
                if (p.Processed > lastProcessed)
                {
                    lastProcessed = p.Processed;
                    timer.Change(stallTimeout, Timeout.InfiniteTimeSpan);
                }
                inner?.Invoke(p);
            },
        };
        try
        {
            return await ffmpeg.RunAsync(arguments, watched, stalled.Token);
        }
        catch (OperationCanceledException) when (Volatile.Read(ref fired) == 1 && !ct.IsCancellationRequested)
        {
            throw new StallException(stallTimeout);
        }
    }
}
