using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.FFmpeg;

/// <summary>Probes a media file with ffprobe and returns a typed <see cref="MediaProbe"/>.</summary>
public sealed class FfprobeClient(ToolLocator locator, ProcessRunner runner)
{
    /// <summary>The exact arguments used for <paramref name="inputPath"/> (pure; unit-testable).</summary>
    public static IReadOnlyList<string> BuildArguments(string inputPath) =>
        ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", "-show_chapters", "--", inputPath];

    /// <summary>The side data of the first frame of stream <paramref name="streamIndex"/> (pure; unit-testable).</summary>
    public static IReadOnlyList<string> BuildFirstFrameArguments(string inputPath, int streamIndex) =>
        ["-v", "error", "-print_format", "json", "-select_streams", streamIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-read_intervals", "%+#1", "-show_entries", "frame_side_data_list", "--", inputPath];

    /// <summary>Runs ffprobe on <paramref name="inputPath"/>. Throws <see cref="ToolExecutionException"/> for unreadable files.</summary>
    public async Task<MediaProbe> ProbeAsync(string inputPath, CancellationToken cancellationToken = default, string? logPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        return FfprobeJsonParser.Parse(await RunAsync(BuildArguments(inputPath), logPath, cancellationToken));
    }

    /// <summary>
    /// HDR10 mastering display and content light level as the decoder reports them on the first frame of stream
    /// <paramref name="streamIndex"/>: HEVC carries them in SEI messages and AV1 in metadata OBUs, where the
    /// stream-level probe does not look. Null when the frame has neither.
    /// </summary>
    public async Task<HdrMetadata?> ProbeFirstFrameHdrAsync(string inputPath, int streamIndex, CancellationToken cancellationToken = default, string? logPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        return HdrSideDataParser.ParseFirstFrame(await RunAsync(BuildFirstFrameArguments(inputPath, streamIndex), logPath, cancellationToken));
    }

    /// <summary>Runs ffprobe and returns its JSON (stdout).</summary>
    private async Task<string> RunAsync(IReadOnlyList<string> arguments, string? logPath, CancellationToken cancellationToken)
    {
        var spec = new ProcessSpec(locator.Find(MediaTool.Ffprobe), arguments)
        {
            ToolName = "ffprobe",
            CaptureStandardOutput = true,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(2),
            LogPath = logPath,
        };
        return (await runner.RunAsync(spec, cancellationToken)).StandardOutput;
    }
}
