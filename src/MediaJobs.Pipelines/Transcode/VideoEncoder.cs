using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>An FFmpeg video encoder: <c>libx265</c>, <c>libsvtav1</c>, or a hardware one such as <c>hevc_nvenc</c>.</summary>
public sealed record VideoEncoder(string Name, VideoCodec Target, bool IsHardware)
{
    public static VideoEncoder Software(VideoCodec target) => target switch
    {
        VideoCodec.Hevc => new("libx265", target, false),
        VideoCodec.Av1 => new("libsvtav1", target, false),
        VideoCodec.H264 => throw TranscodeCodecs.Unsupported(target),
    };

    /// <summary>Hardware encoders worth probing, best first.</summary>
    public static IReadOnlyList<string> HardwareCandidates(VideoCodec target) => target switch
    {
        VideoCodec.Hevc => ["hevc_nvenc", "hevc_qsv", "hevc_vaapi"],
        VideoCodec.Av1 => ["av1_nvenc", "av1_qsv", "av1_vaapi"],
        VideoCodec.H264 => throw TranscodeCodecs.Unsupported(target),
    };
}
