using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>The keyframe split of a segmented encode, and the command lines of a segment and of the join.</summary>
[Trait("Tier", "Fast")]
public sealed class SegmentPlannerTests
{
    private static readonly MediaStream H264 = new() { Index = 0, CodecType = "video", CodecName = "h264", Width = 160, Height = 90, BitDepth = 8 };

    /// <summary>Packets at 25 fps, a keyframe every <paramref name="gop"/> frames, in decode order (B-frames out of order).</summary>
    private static List<VideoPacket> Packets(int frames, int gop, double origin = 0)
    {
        var list = Enumerable.Range(0, frames).Select(i => new VideoPacket(origin + (i * 0.04), i % gop == 0)).ToList();
        for (var i = 1; i + 1 < list.Count; i += 3)
        {
            (list[i], list[i + 1]) = (list[i + 1], list[i]);
        }
        return list;
    }

    [Fact]
    public void Plan_60sKeyframesEvery2s_SixSegmentsOf250FramesOnKeyframes()
    {
        var plan = SegmentPlanner.Plan(Packets(1500, 50), TimeSpan.FromSeconds(10));

        Assert.Equal([0, 10, 20, 30, 40, 50], plan.Select(s => s.StartSeconds));
        Assert.All(plan, s => Assert.Equal(250, s.Frames));
        Assert.All(plan, s => Assert.Equal(10, s.DurationSeconds, 6));
        Assert.Equal(Enumerable.Range(0, 6), plan.Select(s => s.Index));
    }

    [Fact]
    public void Plan_KeyframesOffTheTarget_CutsAtTheFirstKeyframePastItAndKeepsEveryFrame()
    {
        // Keyframes every 3 s (75 frames), target 10 s: cuts at 12, 24, 36 and 48 s; 61.04 s in all.
        var plan = SegmentPlanner.Plan(Packets(1526, 75), TimeSpan.FromSeconds(10));

        Assert.Equal([0, 12, 24, 36, 48], plan.Select(s => s.StartSeconds));
        Assert.Equal(1526, plan.Sum(s => s.Frames));
        Assert.Equal(326, plan[^1].Frames);
    }

    [Fact]
    public void Plan_ShortTail_JoinsTheSegmentBefore()
    {
        // 21 s with a keyframe every second: a 1 s tail after 20 s is under a quarter of 10 s.
        var plan = SegmentPlanner.Plan(Packets(525, 25), TimeSpan.FromSeconds(10));

        Assert.Equal([0, 10], plan.Select(s => s.StartSeconds));
        Assert.Equal([250, 275], plan.Select(s => s.Frames));
    }

    [Fact]
    public void Plan_SourceStartingLate_KeepsTheFilesOwnTimestamps()
    {
        var plan = SegmentPlanner.Plan(Packets(500, 50, origin: 1.4), TimeSpan.FromSeconds(10));

        Assert.Equal([1.4, 11.4], plan.Select(s => s.StartSeconds));
    }

    [Fact]
    public void ParsePackets_FfprobeCsv_TimesAndKeyFlags()
    {
        var packets = SegmentPlanner.ParsePackets("0.000000,K__\n0.080000,___\nN/A,___\n0.040000,__\n2.000000,K_\n");

        Assert.Equal([new VideoPacket(0, true), new VideoPacket(0.08, false), new VideoPacket(0.04, false), new VideoPacket(2, true)], packets);
    }

    [Fact]
    public void Build_Segment_SeeksByTimestampAndStopsAtItsFrameCount()
    {
        var args = ReencodeArgs.Build(new EncodeSettings("/m/in.mkv", "/w/s.mkv", OutputContainer.Matroska, VideoEncoder.Software(VideoCodec.Hevc), 26,
            Probe(H264, new MediaStream { Index = 1, CodecType = "audio", CodecName = "aac" }))
        { Window = (TimeSpan.FromSeconds(9.98), TimeSpan.FromSeconds(10.08)), VideoOnly = true, Frames = 250, X265Preset = "fast" }).Arguments;

        Assert.Equal(
            ["-seek_timestamp", "1", "-ss", "9.98", "-t", "10.08", "-i", "/m/in.mkv", "-map", "0:0", "-map_metadata", "-1", "-map_chapters", "-1", "-c", "copy",
                "-c:v:0", "libx265", "-preset", "fast", "-crf", "26", "-pix_fmt", "yuv420p", "-x265-params", "log-level=error",
                "-frames:v", "250", "-max_muxing_queue_size", "1024", "-f", "matroska", "/w/s.mkv"],
            args);
    }

    [Fact]
    public void Build_Join_CopiesTheSegmentsAndMapsEverythingElseFromTheSource()
    {
        var plan = ReencodeArgs.Build(new EncodeSettings("/m/in.mkv", "/m/out.mp4", OutputContainer.Mp4, VideoEncoder.Software(VideoCodec.Hevc), 26,
            Probe(H264, new MediaStream { Index = 1, CodecType = "audio", CodecName = "aac" }, new MediaStream { Index = 2, CodecType = "subtitle", CodecName = "subrip" }))
        { ConcatVideo = "/m/.s/segments.ffconcat", TargetHeight = 720 });

        Assert.Equal(
            ["-f", "concat", "-i", "/m/.s/segments.ffconcat", "-i", "/m/in.mkv", "-map", "0:v:0", "-map", "1:1", "-map", "1:2",
                "-map_metadata", "1", "-map_chapters", "1", "-c", "copy", "-c:s:0", "mov_text", "-c:v:0", "copy", "-tag:v:0", "hvc1",
                "-max_muxing_queue_size", "1024", "-f", "mp4", "/m/out.mp4"],
            plan.Arguments);
        Assert.Equal([0, 1, 2], plan.KeptStreams);
    }

    [Theory]
    [InlineData("000003.mkv", true)]
    [InlineData("000003.partial.mkv", true)]
    [InlineData("segments.ffconcat", true)]
    [InlineData("movie.mkv", false)]
    [InlineData("3.mkv", false)]
    [InlineData("../000003.mkv", false)]
    public void IsOwnEntry_OnlyTheNamesASegmentedEncodeWrites(string name, bool ours) => Assert.Equal(ours, SegmentPaths.IsOwnEntry(name));

    [Theory]
    [InlineData("/m/.movie.mkv.mediajobs-tmp.01a2525e-44be-73ba-9321-7bac24b64a63.segments/000003.mkv", true)]
    [InlineData("/m/.movie.mkv.mediajobs-tmp.01a2525e-44be-73ba-9321-7bac24b64a63.mkv", true)]
    [InlineData("/m/movies/000003.mkv", false)]
    public void IsProjectTemp_SegmentsAreTempsDiscoveryLeavesAlone(string path, bool temp)
    {
        Assert.Equal(temp, TranscodePaths.IsProjectTemp(path));
        Assert.Equal(!temp, VideoFileFinder.IsCandidate(path));
    }

    private static MediaProbe Probe(params MediaStream[] streams) =>
        new(new MediaFormat("matroska", TimeSpan.FromSeconds(60), 1000, 800, new Dictionary<string, string>()), streams, []);
}
