namespace MediaJobs.Pipelines.Video;

/// <summary>Everything the one final ffmpeg pass needs. <see cref="SubtitleFile"/> is relative to ffmpeg's working folder.</summary>
public sealed record MuxInputs(VideoRequest Request, BrollPlan Plan, string NarrationPath, string? SubtitleFile, string Title, string OutputPath);
