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

    /// <summary>Video only, no audio, subtitles or metadata (SmartShrink samples).</summary>
    public bool VideoOnly { get; init; }
}
