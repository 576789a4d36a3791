using System.Globalization;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Lists the packets of a file's video stream (time and keyframe flag) with ffprobe: a demux only, no decode, so it
/// reads a two-hour film in seconds. The segment plan cuts at these keyframes.
/// </summary>
public sealed class KeyframeProbe(ToolLocator tools, ProcessRunner runner)
{
    /// <summary>The exact arguments (pure).</summary>
    public static IReadOnlyList<string> BuildArguments(string inputPath, int streamIndex) =>
        ["-v", "error", "-select_streams", streamIndex.ToString(CultureInfo.InvariantCulture),
            "-show_entries", "packet=pts_time,flags", "-of", "csv=p=0", "--", inputPath];

    public async Task<IReadOnlyList<VideoPacket>> ListAsync(string inputPath, int streamIndex, string? logPath, CancellationToken ct)
    {
        var spec = new ProcessSpec(tools.Find(MediaTool.Ffprobe), BuildArguments(inputPath, streamIndex))
        {
            ToolName = "ffprobe",
            CaptureStandardOutput = true,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(2),
            LogPath = logPath,
        };
        return SegmentPlanner.ParsePackets((await runner.RunAsync(spec, ct)).StandardOutput);
    }
}
