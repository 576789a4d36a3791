using MediaJobs.Media.Processes;

namespace MediaJobs.Media.FFmpeg;

/// <summary>
/// Per-call settings for <see cref="FfmpegRunner"/>: the common <see cref="ProcessCallOptions"/> plus progress.
/// Defaults differ from a plain process: ffmpeg is stopped with <c>q</c> on stdin (it closes its output file),
/// and the grace period is short: a stopped run's output is a temp file the pipeline discards, and a paused or
/// cancelled job must be stopped within 2 s (an x265 encode flushing its lookahead after <c>q</c> can otherwise
/// take seconds on a busy machine).
/// </summary>
public sealed record FfmpegRunOptions : ProcessCallOptions
{
    public FfmpegRunOptions()
    {
        GracefulStop = GracefulStop.QuitOnStdin;
        GracePeriod = TimeSpan.FromSeconds(1);
    }

    /// <summary>The expected output duration; gives <see cref="FfmpegProgress.Percent"/> and ETA.</summary>
    public TimeSpan? ExpectedDuration { get; init; }

    public Action<FfmpegProgress>? OnProgress { get; init; }
}
