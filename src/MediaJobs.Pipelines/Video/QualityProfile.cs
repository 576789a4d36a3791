namespace MediaJobs.Pipelines.Video;

/// <summary>
/// What <c>options.quality</c> means (docs/api.md): the frame's short side when no resolution is given, the CRF when no
/// <c>qualityLevel</c> is given (x264; x265 is five higher, SVT-AV1 has its own), and the encoder speed preset.
/// </summary>
public sealed record QualityProfile(int ShortSide, int X264Crf, string X26xPreset, int SvtAv1Crf, string SvtAv1Preset)
{
    public static QualityProfile Fast { get; } = new(720, 23, "superfast", 38, "12");
    public static QualityProfile Balanced { get; } = new(1080, 21, "veryfast", 34, "10");
    public static QualityProfile High { get; } = new(1080, 18, "medium", 30, "8");

    public static QualityProfile Of(EncodeQuality quality) => quality switch
    {
        EncodeQuality.Fast => Fast,
        EncodeQuality.High => High,
        _ => Balanced,
    };

    /// <summary>The default frame for an aspect: 16:9 1920×1080, 9:16 1080×1920, 1:1 1080×1080 at <see cref="ShortSide"/> 1080.</summary>
    public (int Width, int Height) FrameFor(VideoAspect aspect)
    {
        var longSide = (int)Math.Round(ShortSide * 16 / 9.0 / 2, MidpointRounding.AwayFromZero) * 2;
        return aspect switch
        {
            VideoAspect.Vertical9x16 => (ShortSide, longSide),
            VideoAspect.Square1x1 => (ShortSide, ShortSide),
            _ => (longSide, ShortSide),
        };
    }
}
