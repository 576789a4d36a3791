using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Server.Browse;

/// <summary>One directory or video file in a listing; <paramref name="Probe"/> only for a file ffprobe could read.</summary>
public sealed record BrowseEntry(string Name, string Path, bool IsDirectory, long? SizeBytes, DateTimeOffset? ModifiedUtc, MediaProbe? Probe);
