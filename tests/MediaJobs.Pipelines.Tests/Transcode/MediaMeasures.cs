using System.Globalization;
using System.Text.RegularExpressions;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>What the segmented-encode tests measure on real files: frame counts, durations and SSIM between two encodes.</summary>
internal static partial class MediaMeasures
{
    private static readonly KeyframeProbe Packets = new(TranscodeSources.Tools, TranscodeSources.Runner);

    /// <summary>60 s of 160x90 test picture at 25 fps, lossless (so any encode is smaller), a keyframe every 2 s, and a tone, in MKV.</summary>
    public static Task MakeSourceAsync(string path, int seconds = 60) =>
        TranscodeSources.Ffmpeg.RunAsync(["-v", "error", "-f", "lavfi", "-i", $"testsrc2=s=160x90:r=25:d={seconds}", "-f", "lavfi", "-i", $"sine=f=440:d={seconds}",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-g", "50", "-keyint_min", "50", "-sc_threshold", "0", "-c:a", "aac", "-shortest", path]);

    /// <summary>The number of packets of the first video stream (one per frame).</summary>
    public static async Task<int> FramesAsync(string path)
    {
        var probe = await TranscodeSources.Ffprobe.ProbeAsync(path);
        return (await Packets.ListAsync(path, probe.PrimaryVideo!.Index, null, CancellationToken.None)).Count;
    }

    public static async Task<double> DurationSecondsAsync(string path) =>
        (await TranscodeSources.Ffprobe.ProbeAsync(path)).Duration!.Value.TotalSeconds;

    /// <summary>The lowest per-frame SSIM (All) of <paramref name="a"/> against <paramref name="b"/> over the frames listed.</summary>
    public static async Task<double> MinSsimAsync(string a, string b, IReadOnlyList<int> frames, string statsFile)
    {
        var pick = string.Join('+', frames.Select(f => $"eq(n\\,{f.ToString(CultureInfo.InvariantCulture)})"));
        var select = $"select='{pick}',setpts=N/(25*TB)";
        await TranscodeSources.Ffmpeg.RunAsync(["-v", "error", "-i", a, "-i", b,
            "-lavfi", $"[0:v]{select}[a];[1:v]{select}[b];[a][b]ssim=stats_file={statsFile}", "-f", "null", "-"]);
        var scores = File.ReadAllLines(statsFile).Select(line => AllScore().Match(line)).Where(m => m.Success)
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(frames.Count, scores.Count);
        return scores.Min();
    }

    [GeneratedRegex(@"All:([0-9.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AllScore();
}
