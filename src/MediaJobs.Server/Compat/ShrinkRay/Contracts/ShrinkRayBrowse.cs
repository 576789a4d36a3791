using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>GET /api/browse</c>: a directory's folders (with video counts), then its probed video files.</summary>
/// <param name="Path">The directory listed.</param>
/// <param name="Parent">Its parent, when that is still under a media root.</param>
/// <param name="Entries">Folders and video files.</param>
/// <param name="VideoCount">Video files here and below.</param>
/// <param name="TotalSize">Their bytes.</param>
/// <param name="CountsState">Always "ready" (counted at once).</param>
internal sealed record ShrinkRayBrowse(
    string? Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Parent,
    IReadOnlyList<ShrinkRayBrowseEntry> Entries,
    [property: JsonPropertyName("video_count")] long VideoCount,
    [property: JsonPropertyName("total_size")] long TotalSize,
    [property: JsonPropertyName("counts_state")] string CountsState);

/// <summary>A folder or video file in a listing.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Path">Its full path.</param>
/// <param name="IsDir">Whether it is a folder.</param>
/// <param name="Size">A file's bytes (0 for a folder).</param>
/// <param name="ModTime">Last change, RFC 3339 UTC.</param>
/// <param name="VideoInfo">A file's probe, when it has a video stream.</param>
/// <param name="FileCount">A folder's video files (recursive), else 0.</param>
/// <param name="TotalSize">A folder's video bytes (recursive), else 0.</param>
/// <param name="CountsState">A folder's: "ready".</param>
internal sealed record ShrinkRayBrowseEntry(
    string Name,
    string Path,
    [property: JsonPropertyName("is_dir")] bool IsDir,
    long Size,
    [property: JsonPropertyName("mod_time")] string? ModTime,
    [property: JsonPropertyName("video_info"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShrinkRayVideoInfo? VideoInfo,
    [property: JsonPropertyName("file_count")] long FileCount,
    [property: JsonPropertyName("total_size")] long TotalSize,
    [property: JsonPropertyName("counts_state"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CountsState);

/// <summary>The browse stream's <c>file_update</c>: a file of the directory a transcode replaced.</summary>
internal sealed record ShrinkRayFileUpdate(
    string Path,
    string Type,
    long Size,
    [property: JsonPropertyName("video_info")] ShrinkRayVideoInfo? VideoInfo);
