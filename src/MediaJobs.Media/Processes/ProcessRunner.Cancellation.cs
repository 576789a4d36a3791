using System.ComponentModel;
using System.Diagnostics;

namespace MediaJobs.Media.Processes;

public sealed partial class ProcessRunner
{
    /// <summary>Waits for exit; on cancel asks politely, then kills the tree after the grace period. True when cancelled.</summary>
    private async Task<bool> WaitOrStopAsync(Process process, Task exited, ProcessSpec spec, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return false;
        }

        var cancelRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => cancelRequested.TrySetResult()))
        {
            if (await Task.WhenAny(exited, cancelRequested.Task) == exited)
            {
                return false;
            }
        }

        // Snapshot the tree now: once the parent is gone its children are re-parented and cannot be found.
        var descendants = ProcessTree.GetDescendants(process.Id);
        if (spec.GracefulStop != GracefulStop.None && !exited.IsCompleted)
        {
            await RequestGracefulStopAsync(process, spec.GracefulStop);
            using var graceCts = new CancellationTokenSource();
            var grace = Task.Delay(spec.GracePeriod, _time, graceCts.Token);
            await Task.WhenAny(exited, grace);
            await graceCts.CancelAsync();
        }

        if (!exited.IsCompleted)
        {
            KillTree(process);
        }

        await exited;
        foreach (var descendant in descendants)
        {
            if (ProcessTree.IsSameAndAlive(descendant) && !OperatingSystem.IsWindows())
            {
                _ = NativeMethods.Kill(descendant.Pid, NativeMethods.SIGKILL);
            }
        }

        return true;
    }

    private static async Task RequestGracefulStopAsync(Process process, GracefulStop stop)
    {
        try
        {
            switch (stop)
            {
                case GracefulStop.QuitOnStdin:
                    await process.StandardInput.WriteAsync("q\n");
                    await process.StandardInput.FlushAsync();
                    break;
                case GracefulStop.Interrupt when !OperatingSystem.IsWindows():
                    _ = NativeMethods.Kill(process.Id, NativeMethods.SIGINT);
                    break;
                case GracefulStop.Terminate when !OperatingSystem.IsWindows():
                    _ = NativeMethods.Kill(process.Id, NativeMethods.SIGTERM);
                    break;
                default:
                    break;
            }
        }
        catch (IOException)
        {
            // stdin already closed: the kill after the grace period still applies.
        }
        catch (ObjectDisposedException)
        {
            // Same as above.
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited in the meantime.
        }
        catch (Win32Exception)
        {
            // Exited in the meantime, or one member of the tree could not be signalled.
        }
    }
}
