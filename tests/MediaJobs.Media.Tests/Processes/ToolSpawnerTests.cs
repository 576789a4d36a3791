using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tests.Processes;

/// <summary>
/// Issue 23: tools carry a parent-death signal, which the kernel sends when the forking *thread* exits. They must be
/// forked by the one long-lived spawner thread, so a short-lived caller thread ending never kills a running tool.
/// </summary>
[Trait("Tier", "Fast")]
[Collection(ProcessWideCollection.Name)]
public sealed class ToolSpawnerTests
{
    [Fact]
    public async Task RunAsync_CallerThreadEndsWhileToolRuns_ToolKeepsRunning()
    {
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ProcessResult>? run = null;
        var caller = new Thread(() => run = new ProcessRunner().RunAsync(
            new ProcessSpec("/bin/sleep", ["30"]) { OnStarted = started.SetResult, GracefulStop = GracefulStop.Terminate },
            stop.Token));
        caller.Start();
        var pid = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        caller.Join();
        // Were the tool forked by the caller thread, its death signal would have fired at the Join above.
        var exited = await WaitForExitAsync(pid, TimeSpan.FromMilliseconds(500));

        Assert.False(exited, "the tool died with the thread that asked for it");
        Assert.Contains(pid, ToolSpawner.LivePids);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run!);
        Assert.False(ProcessTree.IsAlive(pid));
        Assert.DoesNotContain(pid, ToolSpawner.LivePids);
    }

    [Fact]
    public async Task RunAsync_Tool_LogsItsStartAndEndTimes()
    {
        var log = Path.Combine(Path.GetTempPath(), $"spawner-{Guid.NewGuid():N}.log");
        try
        {
            var result = await new ProcessRunner().RunAsync(new ProcessSpec("/bin/sh", ["-c", "echo ok"]) { LogPath = log, CaptureStandardOutput = true });

            var last = (await File.ReadAllLinesAsync(log))[^1];
            Assert.Equal("ok\n", result.StandardOutput);
            var match = System.Text.RegularExpressions.Regex.Match(last, @"^# exit code 0 after \S+ s \(pid (\d+), started (\S+), ended (\S+)\)$");
            Assert.True(match.Success, last);
            Assert.Equal(result.ProcessId, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            var begin = DateTimeOffset.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var end = DateTimeOffset.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(end - begin, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task KillAll_ToolRunning_KillsItAndAStoppedTokenStartsNone()
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = new ProcessRunner().RunAsync(new ProcessSpec("/bin/sleep", ["30"]) { OnStarted = started.SetResult, ValidateExitCode = false });
        var pid = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(ToolSpawner.KillAll() >= 1);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(137, result.ExitCode);
        Assert.False(ProcessTree.IsAlive(pid));
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ProcessRunner().RunAsync(new ProcessSpec("/bin/sleep", ["30"]), stopped.Token));
    }

    private static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (ProcessTree.IsAlive(pid))
            {
                await Task.Delay(20, cts.Token);
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
