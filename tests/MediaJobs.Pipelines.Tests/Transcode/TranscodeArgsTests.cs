using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Fast")]
public sealed class TranscodeArgsTests
{
    private static MediaProbe Probe(params MediaStream[] streams) =>
        new(new MediaFormat("matroska", TimeSpan.FromSeconds(10), 1000, 800, new Dictionary<string, string>()), streams, []);

    private static readonly MediaStream H264 = new() { Index = 0, CodecType = "video", CodecName = "h264", Width = 1920, Height = 1080, BitDepth = 8 };

    private static IReadOnlyList<string> Args(MediaProbe probe, OutputContainer container = OutputContainer.Matroska, VideoEncoder? encoder = null, int? height = null) =>
        ReencodeArgs.Build(new EncodeSettings("/m/in.mkv", "/m/.in.mkv.mediajobs-tmp.j.mkv", container, encoder ?? VideoEncoder.Software(VideoCodec.Hevc), 26, probe) { TargetHeight = height }).Arguments;

    private static string After(IReadOnlyList<string> args, string flag) => args[IndexOf(args, flag) + 1];

    private static int IndexOf(IReadOnlyList<string> args, string flag) => args.ToList().IndexOf(flag);

    [Fact]
    public void Build_MkvWithTwoAudioAndSubtitle_MapsEveryStreamCopiesAllButVideoKeepsChaptersAndMetadata()
    {
        var args = Args(Probe(H264,
            new MediaStream { Index = 1, CodecType = "audio", CodecName = "aac" },
            new MediaStream { Index = 2, CodecType = "audio", CodecName = "ac3" },
            new MediaStream { Index = 3, CodecType = "subtitle", CodecName = "subrip" }));

        Assert.Equal(["0:0", "0:1", "0:2", "0:3"], args.Select((a, i) => (a, i)).Where(x => x.a == "-map").Select(x => args[x.i + 1]));
        Assert.Equal("0", After(args, "-map_metadata"));
        Assert.Equal("0", After(args, "-map_chapters"));
        Assert.Equal("copy", After(args, "-c"));
        Assert.Equal("libx265", After(args, "-c:v:0"));
        Assert.True(IndexOf(args, "-c") < IndexOf(args, "-c:v:0"), "the video codec must come after the copy default");
        Assert.Equal("yuv420p", After(args, "-pix_fmt"));
        Assert.Equal("matroska", After(args, "-f"));
        Assert.Equal("/m/.in.mkv.mediajobs-tmp.j.mkv", args[^1]);
    }

    [Fact]
    public void Build_Mp4_ConvertsTextSubtitlesToMovTextAndDropsBitmapOnes()
    {
        var plan = ReencodeArgs.Build(new EncodeSettings("/m/in.mp4", "/m/t.mp4", OutputContainer.Mp4, VideoEncoder.Software(VideoCodec.Hevc), 26, Probe(H264,
            new MediaStream { Index = 1, CodecType = "subtitle", CodecName = "hdmv_pgs_subtitle" },
            new MediaStream { Index = 2, CodecType = "subtitle", CodecName = "subrip" })));

        Assert.DoesNotContain("0:1", plan.Arguments);
        Assert.Contains("0:2", plan.Arguments);
        Assert.Equal("mov_text", After(plan.Arguments, "-c:s:0"));
        Assert.Equal("hvc1", After(plan.Arguments, "-tag:v:0"));
        Assert.Contains("hdmv_pgs_subtitle", Assert.Single(plan.Dropped), StringComparison.Ordinal);
        Assert.Equal([0, 2], plan.KeptStreams);
    }

    [Fact]
    public void Build_Hdr10TenBitSource_KeepsTenBitAndHdr10Signalling()
    {
        var hdr = H264 with { BitDepth = 10, ColorPrimaries = "bt2020", ColorTransfer = "smpte2084" };

        var args = Args(Probe(hdr));

        Assert.Equal("yuv420p10le", After(args, "-pix_fmt"));
        var x265 = After(args, "-x265-params");
        Assert.Contains("hdr10=1", x265, StringComparison.Ordinal);
        Assert.Contains("colorprim=bt2020", x265, StringComparison.Ordinal);
        Assert.Contains("transfer=smpte2084", x265, StringComparison.Ordinal);
        Assert.Equal("bt2020", After(args, "-color_primaries:v:0"));
        Assert.Equal("smpte2084", After(args, "-color_trc:v:0"));
        Assert.Equal("bt2020nc", After(args, "-colorspace:v:0"));
    }

    private static readonly HdrMetadata Hdr10Metadata = new(
        new MasteringDisplay(0.68m, 0.32m, 0.265m, 0.69m, 0.15m, 0.06m, 0.3127m, 0.329m, 1000m, 0.0001m),
        new ContentLightLevel(1000, 400));

    private static readonly MediaStream Hdr10 = H264 with { BitDepth = 10, ColorPrimaries = "bt2020", ColorTransfer = "smpte2084", HdrMetadata = Hdr10Metadata };

    [Fact]
    public void HdrEncoderParams_X265_ChromaticitiesIn50000thsLuminanceIn10000thsOfCdM2() =>
        Assert.Equal(
            ["master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1)", "max-cll=1000,400"],
            HdrEncoderParams.X265(Hdr10Metadata));

    [Fact]
    public void HdrEncoderParams_SvtAv1_PlainChromaticitiesAndCdM2() =>
        Assert.Equal(
            ["mastering-display=G(0.265,0.69)B(0.15,0.06)R(0.68,0.32)WP(0.3127,0.329)L(1000,0.0001)", "content-light=1000,400"],
            HdrEncoderParams.SvtAv1(Hdr10Metadata));

    [Fact]
    public void HdrEncoderParams_X265FromAv1FixedPoint_RoundsToTheNearestUnit()
    {
        // What dav1d reports for an AV1 file made from the values above: 2^-16 chromaticities, 2^-8 / 2^-14 cd/m².
        var av1 = new MasteringDisplay(44564m / 65536, 20972m / 65536, 17367m / 65536, 45220m / 65536, 9830m / 65536, 3932m / 65536,
            20493m / 65536, 21561m / 65536, 256000m / 256, 2m / 16384);

        Assert.Equal(
            ["master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1)"],
            HdrEncoderParams.X265(new HdrMetadata(av1, null)));
        Assert.Equal(
            ["mastering-display=G(0.26499939,0.69000244)B(0.1499939,0.05999756)R(0.67999268,0.32000732)WP(0.31269836,0.32899475)L(1000,0.00012207)"],
            HdrEncoderParams.SvtAv1(new HdrMetadata(av1, null)));
    }

    [Fact]
    public void HdrEncoderParams_LightLevelOnlyOrNothing_GivesOnlyWhatIsKnown()
    {
        Assert.Equal(["max-cll=650,120"], HdrEncoderParams.X265(new HdrMetadata(null, new ContentLightLevel(650, 120))));
        Assert.Equal(["content-light=650,120"], HdrEncoderParams.SvtAv1(new HdrMetadata(null, new ContentLightLevel(650, 120))));
        Assert.Empty(HdrEncoderParams.X265(null));
        Assert.Empty(HdrEncoderParams.SvtAv1(null));
    }

    [Fact]
    public void Build_Hdr10WithMetadata_X265ParamsCarryMasteringDisplayAndLightLevel() =>
        Assert.Equal(
            "log-level=error:hdr10=1:hdr10-opt=1:repeat-headers=1:colormatrix=bt2020nc:colorprim=bt2020:transfer=smpte2084"
            + ":master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1):max-cll=1000,400",
            After(Args(Probe(Hdr10)), "-x265-params"));

    [Fact]
    public void Build_Av1Hdr10WithMetadata_AddsSvtAv1ParamsAfterPresetAndCrf()
    {
        var args = Args(Probe(Hdr10), encoder: VideoEncoder.Software(VideoCodec.Av1));

        Assert.Equal(
            ["-c:v:0", "libsvtav1", "-preset", "8", "-crf", "26", "-pix_fmt", "yuv420p10le",
                "-svtav1-params", "mastering-display=G(0.265,0.69)B(0.15,0.06)R(0.68,0.32)WP(0.3127,0.329)L(1000,0.0001):content-light=1000,400",
                "-color_primaries:v:0", "bt2020", "-color_trc:v:0", "smpte2084", "-colorspace:v:0", "bt2020nc"],
            args.Skip(IndexOf(args, "-c:v:0")).TakeWhile(a => a != "-max_muxing_queue_size"));
    }

    [Fact]
    public void Build_Av1WithoutHdrMetadata_HasNoSvtAv1Params()
    {
        Assert.DoesNotContain("-svtav1-params", Args(Probe(H264), encoder: VideoEncoder.Software(VideoCodec.Av1)));
        Assert.DoesNotContain("-svtav1-params", Args(Probe(Hdr10 with { HdrMetadata = null }), encoder: VideoEncoder.Software(VideoCodec.Av1)));
        // Metadata on an SDR stream (a mislabelled file) is not HDR10: nothing is claimed.
        Assert.DoesNotContain("-svtav1-params", Args(Probe(H264 with { HdrMetadata = Hdr10Metadata }), encoder: VideoEncoder.Software(VideoCodec.Av1)));
    }

    [Fact]
    public void Build_Downscale720_ScalesOnlyWhenTaller()
    {
        Assert.Equal("scale=-2:720", After(Args(Probe(H264), height: 720), "-filter:v:0"));
        Assert.DoesNotContain("-filter:v:0", Args(Probe(H264 with { Height = 480 }), height: 720));
    }

    [Fact]
    public void Build_Av1_UsesSvtAv1WithPresetAndCrf()
    {
        var args = Args(Probe(H264), encoder: VideoEncoder.Software(VideoCodec.Av1));

        Assert.Equal("libsvtav1", After(args, "-c:v:0"));
        Assert.Equal("26", After(args, "-crf"));
        Assert.Equal("8", After(args, "-preset"));
    }

    [Fact]
    public void Build_Sample_SeeksAndKeepsVideoOnly()
    {
        var plan = ReencodeArgs.Build(new EncodeSettings("/m/in.mkv", "/w/s.mkv", OutputContainer.Matroska, VideoEncoder.Software(VideoCodec.Hevc), 30,
            Probe(H264, new MediaStream { Index = 1, CodecType = "audio", CodecName = "aac" }))
        { Window = (TimeSpan.FromSeconds(12.5), TimeSpan.FromSeconds(4)), VideoOnly = true });

        Assert.Equal("12.5", After(plan.Arguments, "-ss"));
        Assert.Equal("4", After(plan.Arguments, "-t"));
        Assert.True(IndexOf(plan.Arguments, "-ss") < IndexOf(plan.Arguments, "-i"));
        Assert.Equal([0], plan.KeptStreams);
    }

    [Theory]
    [InlineData("h264", TranscodePreset.CompressHevc, 1080, null)]
    [InlineData("hevc", TranscodePreset.CompressHevc, 1080, "already HEVC")]
    [InlineData("av1", TranscodePreset.CompressAv1, 1080, "already AV1")]
    [InlineData("hevc", TranscodePreset.CompressAv1, 1080, null)]
    [InlineData("h264", TranscodePreset.Downscale720, 480, "already at or below 720p (1920x480)")]
    [InlineData("h264", TranscodePreset.Downscale720, 1080, null)]
    [InlineData("h264", TranscodePreset.Downscale1080, 1080, "already at or below 1080p (1920x1080)")]
    public void SkipRules_FollowPresetTarget(string codec, string preset, int height, string? expected) =>
        Assert.Equal(expected, SkipRules.Reason(TranscodePreset.Get(preset), H264 with { CodecName = codec, Height = height }));

    [Fact]
    public void TempPaths_AreHiddenBesideTheSourceAndRecognised()
    {
        var paths = TranscodePaths.For("/media/tv/Show.avi", "01JOB");

        Assert.Equal("/media/tv/.Show.avi.mediajobs-tmp.01JOB.mkv", paths.Temp);
        Assert.Equal("/media/tv/Show.mkv", paths.Target);
        Assert.Equal("/media/tv/Show.original.avi", paths.Backup);
        Assert.True(TranscodePaths.IsProjectTemp(paths.Temp));
        Assert.False(TranscodePaths.IsProjectTemp(paths.Source));
        Assert.Equal(OutputContainer.Mp4, TranscodePaths.For("/m/a.MP4", "j").Container);
    }

    [Fact]
    public void SamplePlan_ShortFileGetsOneSampleLongFileSpreadSamples()
    {
        Assert.Equal([(TimeSpan.Zero, TimeSpan.FromSeconds(2))], SamplePlan.For(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), 3));
        var spread = SamplePlan.For(TimeSpan.FromSeconds(400), TimeSpan.FromSeconds(10), 3);
        Assert.Equal([95, 195, 295], spread.Select(s => s.Start.TotalSeconds));
        Assert.All(spread, s => Assert.Equal(TimeSpan.FromSeconds(10), s.Length));
    }

    [Fact]
    public async Task CrfSearch_FindsHighestPassingCrfInFewTries()
    {
        var tried = new List<int>();
        var found = await new CrfSearch(16, 34).FindAsync(0.975, crf =>
        {
            tried.Add(crf);
            return Task.FromResult(1.0 - (crf * 0.001)); // passes up to CRF 25
        });

        Assert.Equal(25, found?.Crf);
        Assert.True(tried.Count <= 5, $"{tried.Count} tries");
        Assert.Null(await new CrfSearch(16, 34).FindAsync(0.99, _ => Task.FromResult(0.5)));
    }

    [Theory]
    [InlineData(QualityMetric.Ssim, "[Parsed_ssim_4 @ 0x55] SSIM Y:0.990851 (20.385) U:0.993 (21.5) V:0.99 (21.3) All:0.991649 (20.783208)", 0.991649)]
    [InlineData(QualityMetric.Vmaf, "[libvmaf @ 0x5] VMAF score: 93.412", 93.412)]
    [InlineData(QualityMetric.Ssim, "frame=   50 fps=0.0 q=-0.0 Lsize=N/A", null)]
    public void QualityScoreParser_ReadsSummaryLine(QualityMetric metric, string line, double? expected) =>
        Assert.Equal(expected, QualityScoreParser.Parse(metric, line));

    [Fact]
    public void QualityTiers_HaveThresholdsForBothMetrics()
    {
        Assert.Equal(0.975, QualityTier.Find("good")!.Threshold(QualityMetric.Ssim));
        Assert.Equal(91, QualityTier.Find("good")!.Threshold(QualityMetric.Vmaf));
        Assert.True(QualityTier.Find("excellent")!.MinSsim > QualityTier.Find("acceptable")!.MinSsim);
    }

    [Fact]
    public void TestEncode_IsOneFrameToNull()
    {
        var args = EncoderSelector.TestEncodeArguments("hevc_nvenc");

        Assert.Equal("1", After(args, "-frames:v"));
        Assert.Equal("hevc_nvenc", After(args, "-c:v"));
        Assert.Equal("-", args[^1]);
    }
}
