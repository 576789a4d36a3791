namespace MediaJobs.Media.Processes;

/// <summary>
/// How one tool call is run and watched, apart from what is run: where, how it is stopped, where it logs and who
/// hears about it. <see cref="ProcessSpec"/> adds the executable and its arguments; a tool runner's per-call options
/// (<c>FfmpegRunOptions</c>) add what only that tool knows, so these fields are declared once.
/// </summary>
public abstract record ProcessCallOptions
{
    public string? WorkingDirectory { get; init; }

    public GracefulStop GracefulStop { get; init; } = GracefulStop.Interrupt;

    /// <summary>How long the graceful stop may take before the whole process tree is killed.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Per-call log: the command line, then stderr lines, then exit code and duration.</summary>
    public string? LogPath { get; init; }

    /// <summary>Called with the process id right after start.</summary>
    public Action<int>? OnStarted { get; init; }

    public Action<string>? OnStderrLine { get; init; }
}
