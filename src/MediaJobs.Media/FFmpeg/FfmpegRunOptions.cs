using MediaJobs.Media.Processes;

namespace MediaJobs.Media.FFmpeg;

/// <summary>Per-call settings for <see cref="FfmpegRunner"/>.</summary>
public sealed record FfmpegRunOptions
{
    /// <summary>The expected output duration; gives <see cref="FfmpegProgress.Percent"/> and ETA.</summary>
    public TimeSpan? ExpectedDuration { get; init; }

    public Action<FfmpegProgress>? OnProgress { get; init; }

    /// <summary>Per-call log (command line, then stderr). Put it in the job's folder.</summary>
    public string? LogPath { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// How long ffmpeg may take to close its output after <c>q</c> before its tree is killed. Short: a stopped
    /// run's output is a temp file the pipeline discards, and a paused or cancelled job must be stopped within 2 s
    /// (an x265 encode flushing its lookahead after <c>q</c> can otherwise take seconds on a busy machine).
    /// </summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Called with ffmpeg's process id right after start.</summary>
    public Action<int>? OnStarted { get; init; }

    public Action<string>? OnStderrLine { get; init; }

    public GracefulStop GracefulStop { get; init; } = GracefulStop.QuitOnStdin;
}
