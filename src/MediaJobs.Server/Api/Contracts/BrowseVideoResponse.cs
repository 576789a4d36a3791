namespace MediaJobs.Server.Api.Contracts;

/// <summary>The primary video stream as ffprobe sees it (from the probe cache).</summary>
internal sealed record BrowseVideoResponse(string? Codec, int? Width, int? Height, double? DurationSec);
