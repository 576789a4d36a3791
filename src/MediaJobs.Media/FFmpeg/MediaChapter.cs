namespace MediaJobs.Media.FFmpeg;

/// <summary>A chapter mark.</summary>
public sealed record MediaChapter(long Id, TimeSpan Start, TimeSpan End, string? Title);
