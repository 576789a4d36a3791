using System.Collections.Concurrent;
using System.Diagnostics;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Testing;

namespace MediaJobs.Media.Tests.FFmpeg;

/// <summary>
/// What <see cref="FfmpegRunner"/> does around a run (progress, stop, kill, failure), against the fake ffmpeg: no real
/// encode is needed to watch it. <see cref="FfmpegRunnerTests"/> keeps the checks of real ffmpeg output.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class FfmpegRunnerControlFlowTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);
    private readonly FfmpegRunner _ffmpeg = new(new ToolLocator(new MediaToolsOptions { FfmpegPath = FakeFfmpeg.Path }), new ProcessRunner());

    [Fact]
    public async Task RunAsync_ProgressBlocks_ReportRisingPercentUntilEndAndWriteTheOutput()
    {
        using var temp = new TempDirectory();
        var progress = new List<FfmpegProgress>();
        var stderr = new ConcurrentQueue<string>();

        await _ffmpeg.RunAsync(["--fake-duration", "1", "--fake-speed", "5", "--fake-block-ms", "40", "--fake-output-bytes", "1234", temp.File("out.mkv")],
            new FfmpegRunOptions { ExpectedDuration = TimeSpan.FromSeconds(1), OnProgress = progress.Add, OnStderrLine = stderr.Enqueue });

        Assert.True(progress.Count >= 5, $"{progress.Count} progress blocks");
        Assert.Equal(progress.Select(p => p.Processed).Order(), progress.Select(p => p.Processed));
        Assert.True(progress[^1].IsEnd);
        Assert.Equal(100, progress[^1].Percent);
        Assert.Equal(5, progress[^2].Speed);
        Assert.Equal(1234, new FileInfo(temp.File("out.mkv")).Length);
        Assert.Contains(stderr, l => l.StartsWith("Press [q] to stop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Cancel_StopsWithQOnStdinAndTheToolIsGone()
    {
        var (pid, stderr, elapsed) = await CancelAfterFirstProgressAsync(new FfmpegRunOptions(), "--fake-duration", "600");

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"stop took {elapsed}: q was not honoured before the kill");
        Assert.Contains("[q] command received. Exiting.", stderr);
        Assert.False(ProcessTree.IsAlive(pid), "the tool still runs after cancel");
    }

    [Fact]
    public async Task RunAsync_CancelWithInterrupt_SendsSigint()
    {
        var (pid, stderr, _) = await CancelAfterFirstProgressAsync(new FfmpegRunOptions { GracefulStop = GracefulStop.Interrupt }, "--fake-duration", "600");

        Assert.Contains("Exiting normally, received signal 2.", stderr);
        Assert.False(ProcessTree.IsAlive(pid));
    }

    [Fact]
    public async Task RunAsync_CancelAToolThatIgnoresQ_KillsItAfterTheGracePeriod()
    {
        var grace = TimeSpan.FromMilliseconds(500);

        var (pid, stderr, elapsed) = await CancelAfterFirstProgressAsync(new FfmpegRunOptions { GracePeriod = grace }, "--fake-duration", "600", "--fake-ignore-stop");

        Assert.InRange(elapsed, grace, grace + TimeSpan.FromSeconds(4));
        Assert.DoesNotContain("[q] command received. Exiting.", stderr);
        Assert.False(ProcessTree.IsAlive(pid), "the tool that ignored q was not killed");
    }

    [Fact]
    public async Task RunAsync_NonZeroExit_ThrowsToolFailedWithExitCodeAndStderrTail()
    {
        using var temp = new TempDirectory();

        var ex = await Assert.ThrowsAsync<ToolExecutionException>(() =>
            _ffmpeg.RunAsync(["--fake-duration", "0.2", "--fake-block-ms", "20", "--fake-exit", "3", "--fake-output-bytes", "9", temp.File("out.mp4")]));

        Assert.Equal(("ToolFailed:ffmpeg", 3), (ex.Error.Code, ex.ExitCode));
        Assert.Contains(ex.StderrTail, l => l.Contains("simulated failure", StringComparison.Ordinal));
        Assert.Contains("--fake-exit 3", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out.mp4")), "a failed run wrote its output");
    }

    private async Task<(int Pid, List<string> Stderr, TimeSpan Elapsed)> CancelAfterFirstProgressAsync(FfmpegRunOptions options, params string[] args)
    {
        var pid = 0;
        var stderr = new List<string>();
        var sawProgress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cts = new CancellationTokenSource();
        var run = _ffmpeg.RunAsync(args, options with
        {
            OnStarted = p => pid = p,
            OnStderrLine = l =>
            {
                lock (stderr)
                {
                    stderr.Add(l);
                }
            },
            OnProgress = _ => sawProgress.TrySetResult(),
        }, cts.Token);
        await sawProgress.Task.WaitAsync(WaitLimit);
        Assert.True(ProcessTree.IsAlive(pid));
        var clock = Stopwatch.StartNew();

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(WaitLimit));

        lock (stderr)
        {
            return (pid, [.. stderr], clock.Elapsed);
        }
    }
}
