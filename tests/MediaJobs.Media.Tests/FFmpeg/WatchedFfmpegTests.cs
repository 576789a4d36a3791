using System.Diagnostics;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Testing;

namespace MediaJobs.Media.Tests.FFmpeg;

/// <summary>The stall watchdog against the fake ffmpeg (was a real ffmpeg reading a FIFO nobody writes, and a real-time encode).</summary>
[Trait("Tier", "Fast")]
public sealed class WatchedFfmpegTests
{
    private readonly WatchedFfmpeg _watched = new(new FfmpegRunner(new ToolLocator(new MediaToolsOptions { FfmpegPath = FakeFfmpeg.Path }), new ProcessRunner()), TimeProvider.System);

    [Fact]
    public async Task RunAsync_ProgressStopsAndTheToolIgnoresQ_IsKilledAndFailsStalled()
    {
        var pid = 0;
        var clock = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<StallException>(() => _watched.RunAsync(
            ["--fake-duration", "60", "--fake-stall-at", "0.3", "--fake-ignore-stop", "-"],
            new FfmpegRunOptions { OnStarted = p => pid = p, GracePeriod = TimeSpan.FromMilliseconds(300) },
            TimeSpan.FromSeconds(1),
            CancellationToken.None));

        Assert.Equal("Stalled", ex.Error.Code);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.3), TimeSpan.FromSeconds(8));
        Assert.NotEqual(0, pid);
        Assert.False(ProcessTree.IsAlive(pid), "the stalled tool still runs");
    }

    [Fact]
    public async Task RunAsync_ProgressKeepsComing_IsNotStoppedByTheWatchdog()
    {
        var blocks = 0;

        // 3 s of wall time under a 1.5 s stall timeout (room for the tool's start on a busy machine): blocks reset it.
        var result = await _watched.RunAsync(["--fake-duration", "3", "--fake-block-ms", "100", "-"],
            new FfmpegRunOptions { OnProgress = _ => Interlocked.Increment(ref blocks) }, TimeSpan.FromSeconds(1.5), CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.InRange(blocks, 30, 33);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ThrowsCancelledNotStalled() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            using var cts = new CancellationTokenSource();
            await _watched.RunAsync(["--fake-duration", "60", "-"],
                new FfmpegRunOptions { OnProgress = _ => cts.Cancel() }, TimeSpan.FromSeconds(30), cts.Token);
        });
}
