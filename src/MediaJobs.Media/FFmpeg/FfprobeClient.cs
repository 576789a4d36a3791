using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.FFmpeg;

/// <summary>Probes a media file with ffprobe and returns a typed <see cref="MediaProbe"/>.</summary>
public sealed class FfprobeClient(ToolLocator locator, ProcessRunner runner)
{
    /// <summary>The exact arguments used for <paramref name="inputPath"/> (pure; unit-testable).</summary>
    public static IReadOnlyList<string> BuildArguments(string inputPath) =>
        ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", "-show_chapters", "--", inputPath];

    /// <summary>Runs ffprobe on <paramref name="inputPath"/>. Throws <see cref="ToolExecutionException"/> for unreadable files.</summary>
    public async Task<MediaProbe> ProbeAsync(string inputPath, CancellationToken cancellationToken = default, string? logPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        var spec = new ProcessSpec(locator.Find(MediaTool.Ffprobe), BuildArguments(inputPath))
        {
            ToolName = "ffprobe",
            CaptureStandardOutput = true,
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(2),
            LogPath = logPath,
        };
        var result = await runner.RunAsync(spec, cancellationToken);
        return FfprobeJsonParser.Parse(result.StandardOutput);
    }
}
