using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>What a preset does: the codec it encodes to, an optional target height, and whether it searches a CRF.</summary>
public sealed record TranscodePreset(string Id, VideoCodec Codec, int? TargetHeight, bool SmartShrink)
{
    public const string CompressHevc = "compress-hevc";
    public const string CompressAv1 = "compress-av1";
    public const string SmartShrinkHevc = "smartshrink-hevc";
    public const string SmartShrinkAv1 = "smartshrink-av1";
    public const string Downscale1080 = "1080p";
    public const string Downscale720 = "720p";

    public static IReadOnlyList<TranscodePreset> All { get; } =
    [
        new(CompressHevc, VideoCodec.Hevc, null, false),
        new(CompressAv1, VideoCodec.Av1, null, false),
        new(SmartShrinkHevc, VideoCodec.Hevc, null, true),
        new(SmartShrinkAv1, VideoCodec.Av1, null, true),
        new(Downscale1080, VideoCodec.Hevc, 1080, false),
        new(Downscale720, VideoCodec.Hevc, 720, false),
    ];

    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(p => p.Id)];

    public static TranscodePreset Get(string id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown transcode preset.");
}
