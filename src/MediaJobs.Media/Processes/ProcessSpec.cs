namespace MediaJobs.Media.Processes;

/// <summary>One call of an external tool. Arguments are passed one by one, never joined into a string.</summary>
public sealed record ProcessSpec : ProcessCallOptions
{
    public ProcessSpec(string fileName, IReadOnlyList<string> arguments)
    {
        FileName = fileName;
        Arguments = arguments;
    }

    /// <summary>A call of <paramref name="fileName"/> that takes the how-to-run settings of <paramref name="options"/>.</summary>
    public ProcessSpec(string fileName, IReadOnlyList<string> arguments, ProcessCallOptions options)
        : base(options ?? throw new ArgumentNullException(nameof(options)))
    {
        FileName = fileName;
        Arguments = arguments;
    }

    public string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; }

    /// <summary>Short name used in error codes (<c>ToolFailed:ffmpeg</c>); defaults to the file name.</summary>
    public string? ToolName { get; init; }

    /// <summary>Extra environment variables; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Text written to stdin right after start.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Keep stdin open after <see cref="StandardInput"/> (implied by <see cref="GracefulStop.QuitOnStdin"/>).</summary>
    public bool KeepStandardInputOpen { get; init; }

    /// <summary>Throw <see cref="ToolExecutionException"/> on a non-zero exit code.</summary>
    public bool ValidateExitCode { get; init; } = true;

    /// <summary>How many of the last stderr lines to keep for errors.</summary>
    public int StderrTailLines { get; init; } = 40;

    /// <summary>Keep all of stdout in <see cref="ProcessResult.StandardOutput"/>.</summary>
    public bool CaptureStandardOutput { get; init; }

    public Action<string>? OnStdoutLine { get; init; }

    internal string EffectiveToolName => ToolName ?? Path.GetFileName(FileName);
}
