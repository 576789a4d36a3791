namespace MediaJobs.Media.Processes;

/// <summary>What a finished tool call left behind.</summary>
public sealed record ProcessResult(
    string CommandLine,
    int ProcessId,
    int ExitCode,
    TimeSpan Duration,
    IReadOnlyList<string> StderrTail,
    string StandardOutput);
