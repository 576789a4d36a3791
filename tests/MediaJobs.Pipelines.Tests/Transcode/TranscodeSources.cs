using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>Tiny generated sources, made once per test class into a temp folder; tests copy them into their own media root.</summary>
public sealed class TranscodeSources : IAsyncLifetime
{
    /// <summary>What both HDR10 sources were made with (as x265 and SVT-AV1 spell it).</summary>
    public const string X265MasterDisplay = "G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1)";
    public const string SvtAv1MasteringDisplay = "G(0.265,0.69)B(0.15,0.06)R(0.68,0.32)WP(0.3127,0.329)L(1000,0.0001)";

    public static readonly ToolLocator Tools = new();
    public static readonly ProcessRunner Runner = new();
    public static readonly FfmpegRunner Ffmpeg = new(Tools, Runner);
    public static readonly FfprobeClient Ffprobe = new(Tools, Runner);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-transcode-sources-" + Guid.NewGuid().ToString("N"));

    /// <summary>2 s 320x240 H.264 lossless (very compressible) + AAC, in MP4.</summary>
    public string H264Mp4 => Path.Combine(Folder, "h264.mp4");

    /// <summary>2 s H.264 lossless + two AAC tracks + one SubRip track, in MKV.</summary>
    public string MultiMkv => Path.Combine(Folder, "multi.mkv");

    public string HevcMkv => Path.Combine(Folder, "hevc.mkv");

    /// <summary>1 s 640x480 H.264.</summary>
    public string Sd480Mp4 => Path.Combine(Folder, "sd480.mp4");

    /// <summary>1 s H.264 at the worst quality: any sane HEVC re-encode at CRF 0 is larger.</summary>
    public string StarvedMp4 => Path.Combine(Folder, "starved.mp4");

    /// <summary>1 s 160x120 10-bit lossless HEVC, HDR10: BT.2020, PQ, mastering display and light level in its SEI.</summary>
    public string Hdr10HevcMkv => Path.Combine(Folder, "hdr10-hevc.mkv");

    /// <summary>1 s 160x120 10-bit AV1 at CRF 1 with the same HDR10 metadata in its metadata OBUs.</summary>
    public string Hdr10Av1Mkv => Path.Combine(Folder, "hdr10-av1.mkv");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var srt = Path.Combine(Folder, "subs.srt");
        await File.WriteAllTextAsync(srt, "1\n00:00:00,000 --> 00:00:01,500\nHello\n\n");
        string[] video2 = ["-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=2"];
        string[] lossless = ["-c:v", "libx264", "-preset", "ultrafast", "-qp", "0"];
        await Task.WhenAll(
            RunAsync([.. video2, "-f", "lavfi", "-i", "sine=f=440:d=2", .. lossless, "-c:a", "aac", "-shortest", H264Mp4]),
            RunAsync([.. video2, "-f", "lavfi", "-i", "sine=f=440:d=2", "-f", "lavfi", "-i", "sine=f=880:d=2", "-i", srt,
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:s", .. lossless, "-c:a", "aac", "-c:s", "srt",
                "-metadata:s:a:1", "language=deu", MultiMkv]));
        await Task.WhenAll(
            RunAsync(["-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=1", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", HevcMkv]),
            RunAsync(["-f", "lavfi", "-i", "testsrc2=s=640x480:r=25:d=1", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "30", Sd480Mp4]));
        // No long source for cancelling mid-encode: TranscodeControlFlowTests cancels the fake ffmpeg instead.
        await RunAsync(["-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=1", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "51", StarvedMp4]);
        string[] hdr10Input = ["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=1", "-pix_fmt", "yuv420p10le"];
        string[] hdr10Colours = ["-color_primaries", "bt2020", "-color_trc", "smpte2084", "-colorspace", "bt2020nc"];
        await Task.WhenAll(
            RunAsync([.. hdr10Input, "-c:v", "libx265", "-preset", "ultrafast",
                "-x265-params", $"log-level=error:lossless=1:master-display={X265MasterDisplay}:max-cll=1000,400", .. hdr10Colours, Hdr10HevcMkv]),
            RunAsync([.. hdr10Input, "-c:v", "libsvtav1", "-preset", "12", "-crf", "1",
                "-svtav1-params", $"mastering-display={SvtAv1MasteringDisplay}:content-light=1000,400", .. hdr10Colours, Hdr10Av1Mkv]));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    private static Task RunAsync(IReadOnlyList<string> args) => Ffmpeg.RunAsync(["-v", "error", .. args]);
}
