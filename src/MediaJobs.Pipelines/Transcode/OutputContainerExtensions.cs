namespace MediaJobs.Pipelines.Transcode;

/// <summary>Container rules: which extensions map to which muxer, and which subtitle codecs MP4 can carry as text.</summary>
internal static class OutputContainerExtensions
{
    /// <summary>File extensions discovery treats as video candidates (then confirmed by ffprobe).</summary>
    public static IReadOnlySet<string> VideoExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".mkv", ".mp4", ".m4v", ".mov", ".avi", ".wmv", ".ts", ".m2ts", ".mts", ".webm", ".flv", ".mpg", ".mpeg", ".vob", ".3gp",
    };

    private static readonly HashSet<string> TextSubtitles = new(StringComparer.Ordinal) { "subrip", "ass", "ssa", "webvtt", "mov_text", "text" };

    public static OutputContainer ForExtension(string extension) => extension.ToUpperInvariant() switch
    {
        ".MP4" or ".M4V" or ".MOV" => OutputContainer.Mp4,
        _ => OutputContainer.Matroska,
    };

    public static string MuxerName(this OutputContainer container) => container == OutputContainer.Mp4 ? "mp4" : "matroska";

    public static bool IsTextSubtitle(string? codec) => codec is not null && TextSubtitles.Contains(codec);
}
