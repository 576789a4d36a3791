using System.Diagnostics;
using System.Globalization;
using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Errors;

namespace MediaJobs.Media.Processes;

// Each tool run is a span under the current step's, and counts in mediajobs_tool_runs_total{tool,exit}.
public sealed partial class ProcessRunner
{
    private static Activity? StartSpan(ProcessSpec spec) =>
        MediaJobsTracing.StartChild($"tool {spec.EffectiveToolName}")?
            .SetTag("mediajobs.tool", spec.EffectiveToolName)
            .SetTag("process.executable.name", Path.GetFileName(spec.FileName));

    private void Record(ProcessSpec spec, Activity? span, string exit, long started, string? errorCode)
    {
        metrics?.ToolRan(spec.EffectiveToolName, exit, _time.GetElapsedTime(started));
        span?.SetTag("process.exit.code", exit);
        if (errorCode is not null)
        {
            MediaJobsTracing.Fail(span, errorCode, $"{spec.EffectiveToolName} exited with {exit}");
        }
    }

    /// <summary>The exit label of a run that threw: its exit code, or why there is none.</summary>
    private static string ExitLabel(Exception ex) => ex switch
    {
        ToolExecutionException tool => tool.ExitCode.ToString(CultureInfo.InvariantCulture),
        OperationCanceledException => "cancelled",
        MediaJobsException known when known.Error.Code.StartsWith("ToolNotFound", StringComparison.Ordinal) => "not_found",
        _ => "error",
    };

    private static string ErrorCode(Exception ex) => ex is MediaJobsException known ? known.Error.Code : ex.GetType().Name;
}
