using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Common;

/// <summary>The names a pipeline's <c>RequiredTools</c> lists: the tool's lower-case name, as a node reports its tools.</summary>
internal static class RequiredTools
{
    public static IReadOnlyCollection<string> Of(params MediaTool[] tools) =>
        [.. tools.Select(t => t.ToString().ToLowerInvariant())];
}
