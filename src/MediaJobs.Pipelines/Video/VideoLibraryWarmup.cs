using System.Diagnostics;
using MediaJobs.Core.Errors;
using MediaJobs.Media.FFmpeg;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// At server start: renders whatever the offline clip library misses, in the background. A video job that arrives
/// meanwhile waits on the library's lock for this render instead of starting its own (<see cref="VideoAssetLibrary"/>).
/// A failure is only logged: the first job that needs the library tries again and reports the error itself.
/// </summary>
public sealed partial class VideoLibraryWarmup(
    VideoLibraryOptions options,
    string assetsDirectory,
    FfmpegRunner ffmpeg,
    ILogger<VideoLibraryWarmup> logger) : BackgroundService
{
    /// <summary>The line the demo waits for before it submits (scripts/demo).</summary>
    public const string ReadyMessage = "Video clip library ready";

    private readonly TaskCompletionSource<VideoAssetCatalog?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up render ended: the library, or null when it was off, failed or was cancelled.</summary>
    public Task<VideoAssetCatalog?> Completion => _done.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.PrepareLibraryAtStart)
        {
            _done.TrySetResult(null);
            return;
        }
        // Off the host's start path: the server answers while the clips render.
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        try
        {
            var library = await VideoAssetLibrary.EnsureAsync(assetsDirectory, ffmpeg, stoppingToken);
            LogReady(ReadyMessage, assetsDirectory, clock.Elapsed.TotalSeconds, library.RenderedCount);
            _done.TrySetResult(library);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping: the temp files went with the cancelled renders.
            _done.TrySetResult(null);
        }
        catch (Exception e) when (e is MediaJobsException or IOException or UnauthorizedAccessException)
        {
            LogFailed(e, assetsDirectory);
            _done.TrySetResult(null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Ready} in {Directory} ({Seconds:0.0} s, {Rendered} files rendered)")]
    private partial void LogReady(string ready, string directory, double seconds, int rendered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not prepare the video clip library in {Directory}; the first video job will try again")]
    private partial void LogFailed(Exception e, string directory);
}
