using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Media")]
public sealed class EncoderSelectorTests
{
    [Fact]
    public async Task Selector_HardwareCandidateFfmpegRejects_FallsBackToSoftware()
    {
        var selector = new EncoderSelector(TranscodeSources.Tools, TranscodeSources.Runner, new TranscodeOptions { HardwareEncoders = ["hevc_fakehw", "av1_fakehw"] });

        await selector.DetectAsync(CancellationToken.None);

        Assert.Equal(VideoEncoder.Software(VideoCodec.Hevc), await selector.SelectAsync(VideoCodec.Hevc, CancellationToken.None));
        Assert.Equal(VideoEncoder.Software(VideoCodec.Av1), await selector.SelectAsync(VideoCodec.Av1, CancellationToken.None));
    }
}
