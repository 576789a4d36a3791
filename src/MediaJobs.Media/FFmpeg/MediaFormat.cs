namespace MediaJobs.Media.FFmpeg;

/// <summary>The container as ffprobe sees it.</summary>
public sealed record MediaFormat(
    string? FormatName,
    TimeSpan? Duration,
    long? Size,
    long? BitRate,
    IReadOnlyDictionary<string, string> Tags);
