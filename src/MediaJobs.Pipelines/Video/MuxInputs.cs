namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Everything the one final ffmpeg pass needs. <see cref="SubtitleFile"/> (the soft track) and <see cref="BurnFile"/> (the ASS
/// script libass draws: title card, captions, end card) are relative to ffmpeg's working folder.
/// </summary>
/// <param name="VoiceLufs">The narration's measured loudness; null falls back to loudnorm.</param>
internal sealed record MuxInputs(VideoRequest Request, BrollPlan Plan, string NarrationPath, string? SubtitleFile, string Title, string OutputPath, double? VoiceLufs = null)
{
    public string? BurnFile { get; init; }
}
