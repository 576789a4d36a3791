using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.FFmpeg;

/// <summary>Runs ffmpeg with machine-readable progress on stdout and <c>q</c>-on-stdin as its graceful stop.</summary>
public sealed class FfmpegRunner(ToolLocator locator, ProcessRunner runner)
{
    /// <summary>Prepended to every call: quiet banner, progress on stdout, overwrite outputs.</summary>
    public static IReadOnlyList<string> CommonArguments { get; } = ["-hide_banner", "-nostats", "-progress", "pipe:1", "-y"];

    /// <summary>The full argument list for <paramref name="arguments"/> (pure; unit-testable).</summary>
    public static IReadOnlyList<string> BuildArguments(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return [.. CommonArguments, .. arguments];
    }

    /// <summary>
    /// Runs ffmpeg. Throws <see cref="ToolExecutionException"/> (code <c>ToolFailed:ffmpeg</c>) on failure and
    /// <see cref="OperationCanceledException"/> once ffmpeg is gone after a cancel.
    /// </summary>
    public Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, FfmpegRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FfmpegRunOptions();
        var parser = new FfmpegProgressParser(options.ExpectedDuration);
        var onProgress = options.OnProgress;
        var spec = new ProcessSpec(locator.Find(MediaTool.Ffmpeg), BuildArguments(arguments), options)
        {
            ToolName = "ffmpeg",
            OnStdoutLine = line =>
            {
                if (parser.Push(line) is { } progress)
                {
                    onProgress?.Invoke(progress);
                }
            },
        };
        return runner.RunAsync(spec, cancellationToken);
    }
}
