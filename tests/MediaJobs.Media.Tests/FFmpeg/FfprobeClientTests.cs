using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.Tests.FFmpeg;

[Trait("Tier", "Media")]
public sealed class FfprobeClientTests
{
    private readonly ToolLocator _locator = new();
    private readonly ProcessRunner _runner = new();

    [Fact]
    public async Task ProbeAsync_GeneratedClip_ReportsH264AacSizeAndDuration()
    {
        using var temp = new TempDirectory();
        var clip = temp.File("probe me.mp4");
        await new FfmpegRunner(_locator, _runner).RunAsync(TestPatternArgs.Build(new TestPatternOptions(clip, TimeSpan.FromSeconds(2))));

        var probe = await new FfprobeClient(_locator, _runner).ProbeAsync(clip);

        var video = Assert.IsType<MediaStream>(probe.PrimaryVideo);
        Assert.Equal("h264", video.CodecName);
        Assert.Equal(160, video.Width);
        Assert.Equal(120, video.Height);
        Assert.Equal(25, video.FrameRate);
        Assert.Equal("yuv420p", video.PixFmt);
        Assert.Equal(8, video.BitDepth);
        var audio = Assert.IsType<MediaStream>(probe.PrimaryAudio);
        Assert.Equal("aac", audio.CodecName);
        Assert.Equal(48000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.Contains("mp4", probe.Format.FormatName, StringComparison.Ordinal);
        Assert.InRange(probe.Format.Duration!.Value.TotalSeconds, 1.9, 2.2);
        Assert.Equal(new FileInfo(clip).Length, probe.Format.Size);
        Assert.True(probe.Format.BitRate > 0);
    }

    [Fact]
    public async Task ProbeAsync_NotAMediaFile_ThrowsToolFailed()
    {
        using var temp = new TempDirectory();
        var path = temp.File("notes.mp4");
        await File.WriteAllTextAsync(path, "this is not a video");

        var ex = await Assert.ThrowsAsync<ToolExecutionException>(() => new FfprobeClient(_locator, _runner).ProbeAsync(path));

        Assert.Equal("ToolFailed:ffprobe", ex.Error.Code);
        Assert.NotEmpty(ex.StderrTail);
    }

    [Fact]
    public async Task ProbeAsync_FfprobeMissing_ThrowsToolNotFound()
    {
        var locator = new ToolLocator(new MediaToolsOptions { FfprobePath = "/nonexistent/ffprobe" });

        var ex = await Assert.ThrowsAsync<Core.Errors.MediaJobsException>(() => new FfprobeClient(locator, _runner).ProbeAsync("/tmp/x.mp4"));

        Assert.Equal("ToolNotFound:ffprobe", ex.Error.Code);
    }

    [Fact]
    public async Task ProbeFirstFrameHdrAsync_X265Hdr10Clip_ReadsMasteringDisplayAndLightLevel()
    {
        using var temp = new TempDirectory();
        var clip = temp.File("hdr10.mkv");
        await new FfmpegRunner(_locator, _runner).RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=0.4",
            "-pix_fmt", "yuv420p10le", "-c:v", "libx265", "-preset", "ultrafast",
            "-x265-params", "log-level=error:master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1):max-cll=1000,400",
            "-color_primaries", "bt2020", "-color_trc", "smpte2084", "-colorspace", "bt2020nc", clip]);
        var ffprobe = new FfprobeClient(_locator, _runner);

        var hdr = await ffprobe.ProbeFirstFrameHdrAsync(clip, 0);
        var stream = (await ffprobe.ProbeAsync(clip)).PrimaryVideo;

        Assert.Equal(new MasteringDisplay(0.68m, 0.32m, 0.265m, 0.69m, 0.15m, 0.06m, 0.3127m, 0.329m, 1000m, 0.0001m), hdr?.MasteringDisplay);
        Assert.Equal(new ContentLightLevel(1000, 400), hdr?.ContentLight);
        // In the bitstream, not the container: the stream-level probe cannot see it.
        Assert.True(stream?.IsHdr);
        Assert.Null(stream?.HdrMetadata);
    }

    [Fact]
    public async Task ProbeFirstFrameHdrAsync_SdrClip_GivesNothing()
    {
        using var temp = new TempDirectory();
        var clip = temp.File("sdr.mp4");
        await new FfmpegRunner(_locator, _runner).RunAsync(TestPatternArgs.Build(new TestPatternOptions(clip, TimeSpan.FromSeconds(0.4))));

        Assert.Null(await new FfprobeClient(_locator, _runner).ProbeFirstFrameHdrAsync(clip, 0));
    }
}
