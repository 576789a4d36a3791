using MediaJobs.Core.Jobs;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>Leases: renewal of our own, and recovery of jobs whose worker died.</summary>
public sealed partial class JobEngine
{
    private async Task HeartbeatLoopAsync(CancellationToken ct)
    {
        var lastReap = _time.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.HeartbeatInterval, _time, ct);
                await RenewAsync(ct);
                await RefreshPausedAsync(ct);
                if (_time.GetUtcNow() - lastReap >= _options.LeaseDuration / 2)
                {
                    lastReap = _time.GetUtcNow();
                    await RecoverAsync(recoverOwnNode: false, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Lease heartbeat failed; retrying at the next beat");
            }
        }
    }

    private async Task RenewAsync(CancellationToken ct)
    {
        var ids = _running.Keys.ToArray();
        if (ids.Length == 0)
        {
            return;
        }
        var renewal = await _store.RenewLeasesAsync(WorkerId, ids, _time.GetUtcNow() + _options.LeaseDuration, ct);
        foreach (var id in renewal.Lost)
        {
            TryStop(id, StopReason.LeaseLost);
        }
        // A cancel asked on another node reaches this one through the store's flag.
        foreach (var id in renewal.CancelRequested)
        {
            TryStop(id, StopReason.Cancel);
        }
    }

    private async Task RefreshPausedAsync(CancellationToken ct)
    {
        var paused = string.Equals(await _store.GetSettingAsync(Storage.Settings.QueuePaused, ct), "true", StringComparison.Ordinal);
        if (paused != _paused)
        {
            SetPaused(paused);
        }
    }

    /// <summary>
    /// Requeues Running jobs whose lease ran out, and (at start-up) those held by an earlier process
    /// of this same node, which cannot be alive any more. They resume at their first unfinished step.
    /// </summary>
    private async Task RecoverAsync(bool recoverOwnNode, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var ownPrefix = _options.NodeName + "/";
        var running = await _store.ListAsync(new JobQuery { Statuses = [JobStatus.Running], Limit = 10_000 }, ct);
        foreach (var job in running.Items)
        {
            var expired = job.LeaseExpiresUtc is null || job.LeaseExpiresUtc < now;
            var orphaned = recoverOwnNode && job.LeaseOwner is { } owner
                && owner.StartsWith(ownPrefix, StringComparison.Ordinal) && owner != WorkerId;
            if (!(expired || orphaned) || _running.ContainsKey(job.Id))
            {
                continue;
            }
            if (orphaned && _reaper is not null)
            {
                var killed = _reaper.KillProcessesUsing(_layout.JobDirectory(job.Id));
                if (killed > 0)
                {
                    _logger.LogWarning("Killed {Count} leftover tool processes of job {JobId}", killed, job.Id);
                }
            }
            var reason = orphaned ? "Recovered after a restart of this node" : "Recovered after its worker's lease expired";
            await RescueAsync(job, reason, now, ct);
        }
        Wake();
    }
}
