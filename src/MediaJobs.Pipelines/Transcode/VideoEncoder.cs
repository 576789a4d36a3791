namespace MediaJobs.Pipelines.Transcode;

/// <summary>An FFmpeg video encoder: <c>libx265</c>, <c>libsvtav1</c>, or a hardware one such as <c>hevc_nvenc</c>.</summary>
public sealed record VideoEncoder(string Name, VideoTarget Target, bool IsHardware)
{
    public static VideoEncoder Software(VideoTarget target) =>
        target == VideoTarget.Av1 ? new("libsvtav1", target, false) : new("libx265", target, false);

    /// <summary>Hardware encoders worth probing, best first.</summary>
    public static IReadOnlyList<string> HardwareCandidates(VideoTarget target) => target == VideoTarget.Av1
        ? ["av1_nvenc", "av1_qsv", "av1_vaapi"]
        : ["hevc_nvenc", "hevc_qsv", "hevc_vaapi"];
}
