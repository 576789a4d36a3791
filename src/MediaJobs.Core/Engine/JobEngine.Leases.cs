using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Lease renewal and the lease watchdog, on one dedicated thread.
/// <para>
/// Why a rescuer never starts a step while this node's tool for it may still write (the argument, with
/// L = <see cref="EngineOptions.LeaseDuration"/>): every claim and renewal stores <c>lease until = t0 + L</c>, where
/// t0 is read before the store call, and <see cref="RunControl.LeaseFrom"/> keeps the latest accepted t0. Another node
/// requeues the job only once its clock passes the stored lease, so not before t0 + L.
/// (1) This node dies (SIGKILL included) at some time k before t0 + 2L/3 (else (2) has acted already): every tool it
/// started gets SIGKILL from the kernel when the tool spawner thread dies (<c>setpriv --pdeathsig KILL</c>), at k,
/// so well before t0 + L.
/// (2) This node lives but renewals stall (a slow or unreachable store, a starved process): this thread does not need
/// the thread pool (it blocks on the store's task, whose writer thread completes it), and once 2L/3 have passed since
/// t0 it stops every running job and SIGKILLs every tool of this process; a token already stopped starts no tool.
/// The remaining L/3 covers the kill itself (milliseconds) and clock skew between nodes.
/// Not covered: a process frozen whole (SIGSTOP, a VM pause) freezes this thread too, while its tools run on; see
/// docs/api.md, "Leases, takeover and tools".
/// </para>
/// </summary>
public sealed partial class JobEngine
{
    private static readonly TimeSpan MaxWatchdogTick = TimeSpan.FromMilliseconds(250);

    /// <summary>Time without an accepted renewal after which this node stops its jobs and kills its tools.</summary>
    internal TimeSpan WatchdogLimit => _options.LeaseDuration * 2 / 3;

    private TimeSpan WatchdogTick => _options.HeartbeatInterval / 2 < MaxWatchdogTick ? _options.HeartbeatInterval / 2 : MaxWatchdogTick;

    private Task StartLeaseKeeper(CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                KeepLeases(ct);
            }
            finally
            {
                done.TrySetResult();
            }
        })
        { IsBackground = true, Name = "MediaJobs lease keeper" };
        thread.Start();
        return done.Task;
    }

    private void KeepLeases(CancellationToken ct)
    {
        var nextRenewal = _time.GetUtcNow() + _options.HeartbeatInterval;
        while (!ct.IsCancellationRequested)
        {
            CheckWatchdog();
            var untilRenewal = nextRenewal - _time.GetUtcNow();
            if (untilRenewal > TimeSpan.Zero)
            {
                SleepOnThisThread(untilRenewal < WatchdogTick ? untilRenewal : WatchdogTick, ct);
                continue;
            }
            nextRenewal = _time.GetUtcNow() + _options.HeartbeatInterval;
            try
            {
                Renew(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed renewal is retried at the next beat; the watchdog covers a long outage
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _logger.LogError(ex, "Lease renewal failed; retrying at the next beat");
            }
        }
    }

    /// <summary>
    /// Renews every running job's lease in one store call and waits for it here, checking the watchdog meanwhile.
    /// Blocking on the store's task needs no thread-pool thread: the store's own writer thread completes it.
    /// </summary>
    private void Renew(CancellationToken ct)
    {
        var controls = _running.Values.ToList();
        if (controls.Count == 0)
        {
            return;
        }
        var from = _time.GetUtcNow();
        var renewing = _store.RenewLeasesAsync(WorkerId, [.. controls.Select(c => c.JobId)], from + _options.LeaseDuration, ct);
        while (!((IAsyncResult)renewing).AsyncWaitHandle.WaitOne(WatchdogTick))
        {
            CheckWatchdog();
        }
        var renewal = renewing.GetAwaiter().GetResult();
        var lost = renewal.Lost.ToHashSet(StringComparer.Ordinal);
        foreach (var control in controls.Where(c => !lost.Contains(c.JobId)))
        {
            control.LeaseConfirmed(from);
        }
        foreach (var id in lost)
        {
            TryStop(id, StopReason.LeaseLost);
        }
        // A cancel asked on another node reaches this one through the store's flag.
        foreach (var id in renewal.CancelRequested)
        {
            TryStop(id, StopReason.Cancel);
        }
    }

    /// <summary>
    /// Once a running job's lease has gone 2/3 of its duration without an accepted renewal, another node may soon
    /// take it over: stop every job of this node (renewals are one call, the others are no safer) and SIGKILL the
    /// tools of its jobs, before the lease can run out.
    /// </summary>
    private void CheckWatchdog()
    {
        var now = _time.GetUtcNow();
        var overdue = _running.Values.Where(c => now - c.LeaseFrom > WatchdogLimit).ToList();
        if (overdue.Count == 0 || !overdue.Any(c => c.MarkWatchdogFired()))
        {
            return;
        }
        foreach (var control in _running.Values)
        {
            control.MarkWatchdogFired();
            control.Stop(StopReason.LeaseLost);
        }
        // This node's jobs' tools only (each names its job's folder): one process may host several engines (tests).
        var killed = _reaper is null ? 0 : _running.Values.Sum(c => _reaper.KillProcessesUsing(_layout.JobDirectory(c.JobId)));
        _logger.LogError(
            "Lease renewal overdue ({Overdue} s without one): stopped this node's jobs and killed {Killed} tools before another node may take them over",
            (now - overdue.Min(c => c.LeaseFrom)).TotalSeconds, killed);
    }

    /// <summary>A wait that needs no timer callback on the thread pool when the clock is the real one.</summary>
    private void SleepOnThisThread(TimeSpan duration, CancellationToken ct)
    {
        if (_time == TimeProvider.System)
        {
            ct.WaitHandle.WaitOne(duration);
            return;
        }
        try
        {
            Task.Delay(duration, _time, ct).Wait(ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping; the loop sees the token.
        }
    }
}
