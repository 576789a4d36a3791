namespace MediaJobs.Server.Api.Contracts;

/// <summary>A directory (sizes and video null) or a video file (<c>video</c> null when ffprobe cannot read it).</summary>
internal sealed record BrowseEntryResponse(string Name, string Path, bool IsDirectory, long? SizeBytes, string? ModifiedUtc, BrowseVideoResponse? Video);
