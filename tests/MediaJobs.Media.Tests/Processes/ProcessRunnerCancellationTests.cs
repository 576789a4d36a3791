using System.Diagnostics;
using System.Globalization;
using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tests.Processes;

[Trait("Tier", "Fast")]
public sealed class ProcessRunnerCancellationTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);
    private readonly ProcessRunner _runner = new();

    [Fact]
    public async Task RunAsync_CancelledWhileToolIgnoresSignal_KillsParentAndChild()
    {
        var parentPid = 0;
        var childPid = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var spec = new ProcessSpec("/bin/sh", ["-c", "trap '' INT TERM; sleep 600 & echo $!; wait; wait"])
        {
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromMilliseconds(500),
            OnStarted = pid => parentPid = pid,
            OnStdoutLine = line => childPid.TrySetResult(int.Parse(line, CultureInfo.InvariantCulture)),
        };
        using var cts = new CancellationTokenSource();

        var run = _runner.RunAsync(spec, cts.Token);
        var child = await childPid.Task.WaitAsync(WaitLimit);
        Assert.True(ProcessTree.IsAlive(parentPid));
        Assert.True(ProcessTree.IsAlive(child));
        var stopwatch = Stopwatch.StartNew();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(WaitLimit));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10));
        Assert.False(ProcessTree.IsAlive(parentPid), "the shell survived the cancel");
        Assert.False(ProcessTree.IsAlive(child), "the shell's child survived the cancel");
    }

    [Fact]
    public async Task RunAsync_CancelledAndToolHonoursSignal_StopsWithinGracePeriodWithoutKill()
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var temp = new TempDirectory();
        var logPath = temp.File("sleep.log");
        var spec = new ProcessSpec("sleep", ["600"])
        {
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(60),
            LogPath = logPath,
            OnStarted = pid => started.TrySetResult(pid),
        };
        using var cts = new CancellationTokenSource();

        var run = _runner.RunAsync(spec, cts.Token);
        var pid = await started.Task.WaitAsync(WaitLimit);
        var stopwatch = Stopwatch.StartNew();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(WaitLimit));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}, the grace period was not cut short");
        Assert.False(ProcessTree.IsAlive(pid));
        var log = await File.ReadAllLinesAsync(logPath);
        Assert.StartsWith("# cancelled;", log[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TokenAlreadyCancelled_ThrowsWithoutStarting()
    {
        var started = false;
        var spec = new ProcessSpec("sleep", ["600"]) { OnStarted = _ => started = true };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _runner.RunAsync(spec, new CancellationToken(canceled: true)));

        Assert.False(started);
    }

    [Fact]
    public async Task RunAsync_CancelledParentExitsButChildSurvives_KillsOrphanedChild()
    {
        var childPid = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var spec = new ProcessSpec("/bin/sh", ["-c", "sleep 600 & echo $!; wait"])
        {
            GracefulStop = GracefulStop.Terminate,
            GracePeriod = TimeSpan.FromSeconds(20),
            OnStdoutLine = line => childPid.TrySetResult(int.Parse(line, CultureInfo.InvariantCulture)),
        };
        using var cts = new CancellationTokenSource();

        var run = _runner.RunAsync(spec, cts.Token);
        var child = await childPid.Task.WaitAsync(WaitLimit);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(WaitLimit));

        Assert.False(ProcessTree.IsAlive(child), "the orphaned child survived the cancel");
    }
}
