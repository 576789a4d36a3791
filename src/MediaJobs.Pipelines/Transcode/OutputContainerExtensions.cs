namespace MediaJobs.Pipelines.Transcode;

/// <summary>Container rules: which file extensions map to which muxer, and which subtitle codecs MP4 can carry as text.</summary>
internal static class OutputContainerExtensions
{
    private static readonly HashSet<string> TextSubtitles = new(StringComparer.Ordinal) { "subrip", "ass", "ssa", "webvtt", "mov_text", "text" };

    public static OutputContainer ForExtension(string extension) => extension.ToUpperInvariant() switch
    {
        ".MP4" or ".M4V" or ".MOV" => OutputContainer.Mp4,
        _ => OutputContainer.Matroska,
    };

    public static string MuxerName(this OutputContainer container) => container == OutputContainer.Mp4 ? "mp4" : "matroska";

    public static bool IsTextSubtitle(string? codec) => codec is not null && TextSubtitles.Contains(codec);
}
