using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Common;

/// <summary>Tool names as a pipeline's <c>RequiredTools</c> lists them: the lower-case name a node reports its tools by.</summary>
internal static class ToolNames
{
    public static IReadOnlyCollection<string> Of(params MediaTool[] tools) =>
        [.. tools.Select(t => t.ToString().ToLowerInvariant())];
}
