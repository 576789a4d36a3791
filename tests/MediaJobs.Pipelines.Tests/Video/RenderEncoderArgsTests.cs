using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>Pins the whole encoder line a rendered video gets, so a refactor of the builder changes no byte.</summary>
[Trait("Tier", "Fast")]
public sealed class RenderEncoderArgsTests
{
    private static readonly VideoRequest Request = new() { Preset = "default", Topic = "x", Width = 320, Height = 180, Fps = 25 };

    [Fact]
    public void Build_HevcCappedWithSceneCut_CapsBetweenGopAndX265Params() =>
        Assert.Equal(
            ["-c:v", "libx265", "-preset", "medium", "-pix_fmt", "yuv420p", "-crf", "20", "-tag:v", "hvc1", "-g", "50",
                "-maxrate", "900k", "-bufsize", "1800k", "-x265-params", "log-level=error"],
            RenderEncoderArgs.Build(Request with { Codec = VideoCodec.Hevc, Quality = EncodeQuality.High, QualityLevel = 100, VideoBitrateK = 900 }));

    [Fact]
    public void Build_Av1WithBitrateWithoutSceneCut_TargetsBitrateInsteadOfCrf() =>
        Assert.Equal(
            ["-c:v", "libsvtav1", "-preset", "8", "-pix_fmt", "yuv420p", "-g", "50", "-b:v", "1200k", "-svtav1-params", "scd=0"],
            RenderEncoderArgs.Build(Request with { Codec = VideoCodec.Av1, Quality = EncodeQuality.High, VideoBitrateK = 1200, EnableSceneCut = false }));

    [Fact]
    public void Build_FractionalFps_GopIsTwoSecondsRounded() =>
        Assert.Equal(
            ["-c:v", "libx264", "-preset", "superfast", "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", "25", "-g", "60"],
            RenderEncoderArgs.Build(Request with { Fps = 29.97, Quality = EncodeQuality.Fast, QualityLevel = 50 }));
}
