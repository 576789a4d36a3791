namespace MediaJobs.Pipelines.Documents;

/// <summary>One media item of a session as probed (a URL is listed, not fetched). Stored in <c>media.json</c>.</summary>
internal sealed record SessionMedia(
    string Source, bool Probed, string? Format, double? DurationSec, string? VideoCodec, int? Width, int? Height, string? AudioCodec, string? Transcript);
