using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>Pins the whole command line a transcode's re-encode gets, so a refactor of the builder changes no byte.</summary>
[Trait("Tier", "Fast")]
public sealed class ReencodeArgsTests
{
    private static readonly MediaStream H264 = new() { Index = 0, CodecType = "video", CodecName = "h264", Width = 1920, Height = 1080, BitDepth = 8 };

    private static MediaProbe Probe(params MediaStream[] streams) =>
        new(new MediaFormat("matroska", TimeSpan.FromSeconds(10), 1000, 800, new Dictionary<string, string>()), streams, []);

    private static IReadOnlyList<string> Args(EncodeSettings settings) => ReencodeArgs.Build(settings).Arguments;

    [Fact]
    public void Build_X265Mp4WithAudioAndTextSubtitle_WholeLine() =>
        Assert.Equal(
            ["-i", "/m/in.mkv", "-map", "0:0", "-map", "0:1", "-map", "0:2", "-map_metadata", "0", "-map_chapters", "0",
                "-c", "copy", "-c:s:0", "mov_text",
                "-c:v:0", "libx265", "-preset", "slow", "-crf", "24", "-pix_fmt", "yuv420p", "-x265-params", "log-level=error",
                "-filter:v:0", "scale=-2:720", "-tag:v:0", "hvc1", "-max_muxing_queue_size", "1024", "-f", "mp4", "/m/out.mp4"],
            Args(new EncodeSettings("/m/in.mkv", "/m/out.mp4", OutputContainer.Mp4, VideoEncoder.Software(VideoCodec.Hevc), 24,
                Probe(H264, new MediaStream { Index = 1, CodecType = "audio", CodecName = "aac" }, new MediaStream { Index = 2, CodecType = "subtitle", CodecName = "subrip" }))
            { TargetHeight = 720, X265Preset = "slow" }));

    [Fact]
    public void Build_SvtAv1SampleWindow_WholeLine() =>
        Assert.Equal(
            ["-ss", "1.25", "-t", "3", "-i", "/m/in.mkv", "-map", "0:0", "-map_metadata", "-1", "-map_chapters", "-1", "-c", "copy",
                "-c:v:0", "libsvtav1", "-preset", "10", "-crf", "35", "-pix_fmt", "yuv420p",
                "-max_muxing_queue_size", "1024", "-f", "matroska", "/w/s.mkv"],
            Args(new EncodeSettings("/m/in.mkv", "/w/s.mkv", OutputContainer.Matroska, VideoEncoder.Software(VideoCodec.Av1), 35,
                Probe(H264, new MediaStream { Index = 1, CodecType = "audio", CodecName = "aac" }))
            { Window = (TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(3)), VideoOnly = true, SvtAv1Preset = 10 }));

    [Fact]
    public void Build_HardwareEncoders_UseTheirOwnQualityFlags()
    {
        var probe = Probe(H264 with { BitDepth = 10 });
        IReadOnlyList<string> VideoPart(string name) =>
        [
            .. Args(new EncodeSettings("/m/in.mkv", "/m/o.mkv", OutputContainer.Matroska, new VideoEncoder(name, VideoCodec.Hevc, true), 27, probe))
                .SkipWhile(a => a != "-c:v:0").TakeWhile(a => a != "-max_muxing_queue_size"),
        ];

        Assert.Equal(["-c:v:0", "hevc_nvenc", "-rc", "vbr", "-cq", "27", "-b:v", "0", "-pix_fmt", "p010le"], VideoPart("hevc_nvenc"));
        Assert.Equal(["-c:v:0", "hevc_vaapi", "-qp", "27", "-filter:v:0", "format=p010,hwupload"], VideoPart("hevc_vaapi"));
        Assert.Equal(["-c:v:0", "hevc_qsv", "-global_quality", "27"], VideoPart("hevc_qsv"));
        Assert.Equal(["-vaapi_device", "/dev/dri/renderD128", "-i"],
            Args(new EncodeSettings("/m/in.mkv", "/m/o.mkv", OutputContainer.Matroska, new VideoEncoder("hevc_vaapi", VideoCodec.Hevc, true), 27, probe)).Take(3));
    }
}
