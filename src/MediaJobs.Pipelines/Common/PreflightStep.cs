using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Common;

/// <summary>
/// Step <c>preflight</c>: every tool the job needs is present before any work starts, so a missing
/// one fails fast with its install remedy instead of half-way through.
/// </summary>
public sealed class PreflightStep(ToolLocator tools, IReadOnlyList<MediaTool> required) : IJobStep
{
    public const string StepName = "preflight";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        var found = required.Select(tool => $"{tool}: {tools.Find(tool)}").ToList();
        await context.LogAsync(EventLevel.Info, "Tools found: " + string.Join(", ", found), ct);
        context.ReportProgress(100);
    }
}
