namespace MediaJobs.Media.Processes;

/// <summary>One call of an external tool. Arguments are passed one by one, never joined into a string.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Short name used in error codes (<c>ToolFailed:ffmpeg</c>); defaults to the file name.</summary>
    public string? ToolName { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>Extra environment variables; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Text written to stdin right after start.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Keep stdin open after <see cref="StandardInput"/> (implied by <see cref="GracefulStop.QuitOnStdin"/>).</summary>
    public bool KeepStandardInputOpen { get; init; }

    public GracefulStop GracefulStop { get; init; } = GracefulStop.Interrupt;

    /// <summary>How long the graceful stop may take before the whole process tree is killed.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Per-call log: the command line, then stderr lines, then exit code and duration.</summary>
    public string? LogPath { get; init; }

    /// <summary>Throw <see cref="ToolExecutionException"/> on a non-zero exit code.</summary>
    public bool ValidateExitCode { get; init; } = true;

    /// <summary>How many of the last stderr lines to keep for errors.</summary>
    public int StderrTailLines { get; init; } = 40;

    /// <summary>Keep all of stdout in <see cref="ProcessResult.StandardOutput"/>.</summary>
    public bool CaptureStandardOutput { get; init; }

    public Action<string>? OnStdoutLine { get; init; }

    public Action<string>? OnStderrLine { get; init; }

    /// <summary>Called with the process id right after start.</summary>
    public Action<int>? OnStarted { get; init; }

    internal string EffectiveToolName => ToolName ?? Path.GetFileName(FileName);
}
