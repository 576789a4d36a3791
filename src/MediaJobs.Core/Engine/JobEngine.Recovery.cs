using MediaJobs.Core.Jobs;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Recovery of jobs whose worker died: every <see cref="EngineOptions.RescueInterval"/>, any node requeues Running
/// jobs whose lease ran out. A killed node's job is so requeued at most LeaseDuration + RescueInterval after its last
/// renewal (plus one store round trip).
/// </summary>
public sealed partial class JobEngine
{
    private async Task MaintenanceLoopAsync(CancellationToken ct)
    {
        var lastRescue = _time.GetUtcNow();
        var tick = _options.RescueInterval < _options.HeartbeatInterval ? _options.RescueInterval : _options.HeartbeatInterval;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(tick, _time, ct);
                await RefreshPausedAsync(ct);
                if (_time.GetUtcNow() - lastRescue >= _options.RescueInterval)
                {
                    lastRescue = _time.GetUtcNow();
                    await RecoverAsync(recoverOwnNode: false, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Lease recovery failed; retrying at the next tick");
            }
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
    /// A job that was the only one its dead worker held is blamed for the crash (see <see cref="RescueAsync"/>).
    /// </summary>
    private async Task RecoverAsync(bool recoverOwnNode, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var ownPrefix = _options.NodeName + "/";
        var running = await _store.ListAsync(new JobQuery { Statuses = [JobStatus.Running], Limit = 10_000 }, ct);
        var heldByWorker = running.Items.GroupBy(j => j.LeaseOwner ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
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
            var alone = heldByWorker[job.LeaseOwner ?? ""] == 1;
            await RescueAsync(job, reason, alone, now, ct);
            _metrics?.Rescued(job.Type, orphaned ? "node_restart" : "lease_expired");
        }
        Wake();
    }
}
