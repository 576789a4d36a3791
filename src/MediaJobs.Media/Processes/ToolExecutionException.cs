using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Media.Processes;

/// <summary>A tool ran and exited with a non-zero code. The message shows the whole command line and the stderr tail.</summary>
public sealed class ToolExecutionException : MediaJobsException
{
    public ToolExecutionException(string toolName, string commandLine, int exitCode, IReadOnlyList<string> stderrTail, string? logPath)
        : base(CreateError(toolName, commandLine, exitCode, stderrTail, logPath))
    {
        ToolName = toolName;
        CommandLine = commandLine;
        ExitCode = exitCode;
        StderrTail = stderrTail;
        LogPath = logPath;
    }

    public string ToolName { get; }

    public string CommandLine { get; }

    public int ExitCode { get; }

    public IReadOnlyList<string> StderrTail { get; }

    public string? LogPath { get; }

    private static JobError CreateError(string toolName, string commandLine, int exitCode, IReadOnlyList<string> stderrTail, string? logPath)
    {
        ArgumentNullException.ThrowIfNull(stderrTail);
        var message = $"{toolName} exited with code {exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)}."
            + Environment.NewLine + "Command: " + commandLine
            + Environment.NewLine + "Last stderr lines:" + Environment.NewLine
            + string.Join(Environment.NewLine, stderrTail);
        var remediation = logPath is null
            ? "Check the arguments and the input file; the stderr lines above say what the tool rejected."
            : $"See the full tool log at {logPath}; the stderr lines above say what the tool rejected.";
        return new JobError($"ToolFailed:{toolName}", message, remediation);
    }
}
