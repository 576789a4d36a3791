using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Common;

/// <summary>Result shaping shared by the job types that render a video (seed 000 names the file <c>videoPath</c>).</summary>
internal static class VideoOutputSummary
{
    /// <summary>Adds <c>videoPath</c> (the primary output's absolute path) when the primary output is a video.</summary>
    public static void AddVideoPath(JsonObject summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary["mediaType"] is JsonValue type && type.TryGetValue<string>(out var mediaType)
            && mediaType.StartsWith("video/", StringComparison.Ordinal) && summary["path"] is { } path)
        {
            summary["videoPath"] = path.DeepClone();
        }
    }
}
