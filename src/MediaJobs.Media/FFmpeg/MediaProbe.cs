namespace MediaJobs.Media.FFmpeg;

/// <summary>Typed result of <c>ffprobe -show_format -show_streams -show_chapters</c>.</summary>
public sealed record MediaProbe(MediaFormat Format, IReadOnlyList<MediaStream> Streams, IReadOnlyList<MediaChapter> Chapters)
{
    /// <summary>The first video stream that is not cover art, or null.</summary>
    public MediaStream? PrimaryVideo => Streams.FirstOrDefault(s => s.IsVideo && !s.IsAttachedPicture);

    /// <summary>The default audio stream, else the first one, or null.</summary>
    public MediaStream? PrimaryAudio =>
        Streams.FirstOrDefault(s => s.IsAudio && s.IsDefault) ?? Streams.FirstOrDefault(s => s.IsAudio);

    /// <summary>The container duration, else the longest stream duration.</summary>
    public TimeSpan? Duration => Format.Duration ?? Streams.Select(s => s.Duration).Max();
}
