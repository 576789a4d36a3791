using System.Collections.Concurrent;
using System.Diagnostics;

namespace MediaJobs.Media.Processes;

/// <summary>
/// Starts every tool from one long-lived thread, and keeps the set of tools alive now.
/// Tools run under <c>setpriv --pdeathsig KILL</c>: the kernel sends them SIGKILL when the thread that forked
/// them exits. .NET forks on the thread that calls <see cref="Process.Start()"/>, and thread-pool threads come
/// and go, so a tool started from one could die with an idle worker thread. This thread lives as long as the
/// process, so the death signal fires exactly when the server dies, whatever kills it (SIGKILL included).
/// </summary>
public static class ToolSpawner
{
    private static readonly BlockingCollection<Request> s_requests = [];
    private static readonly Dictionary<int, Process> s_live = [];
    private static readonly Lock s_gate = new();
    private static readonly Thread s_thread = StartThread();

    /// <summary>The managed id of the spawning thread (tests check that it stays the same).</summary>
    public static int ThreadId => s_thread.ManagedThreadId;

    /// <summary>Pids of the tools running now.</summary>
    public static IReadOnlyCollection<int> LivePids
    {
        get
        {
            lock (s_gate)
            {
                return [.. s_live.Keys];
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="process"/> on the spawner thread. A token already cancelled there starts nothing:
    /// the check and the start happen under the lock <see cref="KillAll"/> takes, so a tool is either started before
    /// a kill-all (and killed by it) or not started at all.
    /// </summary>
    internal static Task StartAsync(Process process, CancellationToken ct)
    {
        var request = new Request(process, ct, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        s_requests.Add(request, CancellationToken.None);
        return request.Done.Task;
    }

    /// <summary>Forgets a tool that has exited.</summary>
    internal static void Exited(int pid)
    {
        lock (s_gate)
        {
            s_live.Remove(pid);
        }
    }

    /// <summary>SIGKILLs every tool running now (the lease watchdog's last resort); returns how many.</summary>
    public static int KillAll()
    {
        lock (s_gate)
        {
            foreach (var pid in s_live.Keys)
            {
                _ = NativeMethods.Kill(pid, NativeMethods.SIGKILL);
            }
            return s_live.Count;
        }
    }

    private static Thread StartThread()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "MediaJobs tool spawner" };
        thread.Start();
        return thread;
    }

    private static void Run()
    {
        foreach (var request in s_requests.GetConsumingEnumerable())
        {
            try
            {
                lock (s_gate)
                {
                    request.Token.ThrowIfCancellationRequested();
                    request.Process.Start();
                    s_live[request.Process.Id] = request.Process;
                }
                request.Done.TrySetResult();
            }
#pragma warning disable CA1031 // the caller gets the start's own exception
            catch (Exception ex)
#pragma warning restore CA1031
            {
                request.Done.TrySetException(ex);
            }
        }
    }

    private sealed record Request(Process Process, CancellationToken Token, TaskCompletionSource Done);
}
