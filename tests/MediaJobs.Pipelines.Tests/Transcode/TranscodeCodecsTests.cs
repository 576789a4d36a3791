using MediaJobs.Core.Errors;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Fast")]
public sealed class TranscodeCodecsTests
{
    private static readonly TranscodePreset H264Preset = new("compress-h264", VideoCodec.H264, null, false);

    [Fact]
    public void Require_EveryShippedPreset_IsAccepted()
    {
        Assert.All(TranscodePreset.All, p => Assert.Same(p, TranscodeCodecs.Require(p)));
    }

    [Fact]
    public void Require_PresetEncodingH264_IsRefusedNamingPreset()
    {
        var refused = Assert.Throws<JobValidationException>(() => TranscodeCodecs.Require(H264Preset));

        Assert.Equal("preset", refused.Field);
        Assert.Contains("compress-h264", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_SupportedCodecs_AreFfprobeNames()
    {
        Assert.Equal(["hevc", "av1"], TranscodeCodecs.Supported.Select(TranscodeCodecs.Name));
    }

    [Fact]
    public void CodecSwitches_H264_ThrowInsteadOfTakingItForHevc()
    {
        Assert.Throws<NotSupportedException>(() => TranscodeCodecs.Name(VideoCodec.H264));
        Assert.Throws<NotSupportedException>(() => VideoEncoder.Software(VideoCodec.H264));
        Assert.Throws<NotSupportedException>(() => VideoEncoder.HardwareCandidates(VideoCodec.H264));
        Assert.Throws<NotSupportedException>(() => CrfSearch.For(VideoCodec.H264));
        // A skip rule names the preset's codec too: an HEVC source must not read as "already" done for an H.264 preset.
        Assert.Throws<NotSupportedException>(() => SkipRules.Reason(H264Preset, new MediaStream { CodecType = "video", CodecName = "hevc" }));
    }
}
