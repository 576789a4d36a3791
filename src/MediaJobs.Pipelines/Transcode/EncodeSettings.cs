using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Everything <see cref="ReencodeArgs"/> needs.</summary>
internal sealed record EncodeSettings(
    string Source,
    string Output,
    OutputContainer Container,
    VideoEncoder Encoder,
    int Crf,
    MediaProbe Probe)
{
    public int? TargetHeight { get; init; }

    /// <summary>x265 preset (<c>ultrafast</c> … <c>veryslow</c>).</summary>
    public string X265Preset { get; init; } = "medium";

    /// <summary>SVT-AV1 preset (0 slowest … 13 fastest).</summary>
    public int SvtAv1Preset { get; init; } = 8;

    /// <summary>Encode only this part of the source (SmartShrink samples); null for the whole file.</summary>
    public (TimeSpan Start, TimeSpan Length)? Window { get; init; }

    /// <summary>Video only, no audio, subtitles or metadata (SmartShrink samples, segments).</summary>
    public bool VideoOnly { get; init; }

    /// <summary>
    /// A segment: exactly this many frames from <see cref="Window"/>'s start, which is then the source's own timestamp
    /// (<c>-seek_timestamp</c>) rather than an offset from the file's start.
    /// </summary>
    public int? Frames { get; init; }

    /// <summary>
    /// A join: the video comes already encoded from this ffconcat list (copied, not encoded again), everything else
    /// from <see cref="Source"/> as in a one-piece encode.
    /// </summary>
    public string? ConcatVideo { get; init; }
}
