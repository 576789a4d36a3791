using System.Collections.Concurrent;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>Run guards (<see cref="IRunGuard"/>): claims skip a held type, and running jobs of a held type are stopped.</summary>
public sealed partial class JobEngine
{
    /// <summary>How many of a held type's queued jobs are told why they wait (the oldest; the rest follow them).</summary>
    private const int WaitingNoticeLimit = 100;

    /// <summary>Types held at the last claim, so the log says it once per hold.</summary>
    private readonly ConcurrentDictionary<string, RunHold> _held = new(StringComparer.Ordinal);

    /// <summary>The job types this node holds back now, and why (the queue state shows them), asked of the guards afresh.</summary>
    public IReadOnlyDictionary<string, RunHold> HeldTypes =>
        _pipelines.Types.Select(t => (Type: t, Hold: HoldFor(t))).Where(h => h.Hold is not null).ToDictionary(h => h.Type, h => h.Hold!, StringComparer.Ordinal);

    private RunHold? HoldFor(string type)
    {
        foreach (var guard in _guards)
        {
            if (guard.Check(type) is { } hold)
            {
                return hold;
            }
        }
        return null;
    }

    /// <summary>
    /// Before a claim of <paramref name="type"/>: true when a guard holds it. Its queued jobs that were not told yet
    /// (new ones arrive while it holds) get their <c>waiting</c> message and event.
    /// </summary>
    private async Task<bool> IsHeldAsync(string type, CancellationToken ct)
    {
        if (_guards.Count == 0)
        {
            return false;
        }
        if (HoldFor(type) is not { } hold)
        {
            _held.TryRemove(type, out _);
            return false;
        }
        if (_held.TryAdd(type, hold))
        {
            LogHeld(_logger, type, hold.Detail);
        }
        await TellWaitingAsync(type, hold, ct);
        return true;
    }

    private async Task TellWaitingAsync(string type, RunHold hold, CancellationToken ct)
    {
        var queued = await _store.ListAsync(new JobQuery { Type = type, Statuses = [JobStatus.Queued], OldestFirst = true, Limit = WaitingNoticeLimit }, ct);
        var told = $"waiting: {hold.Reason} ";
        foreach (var job in queued.Items.Where(j => j.Message?.StartsWith(told, StringComparison.Ordinal) != true))
        {
            var expected = job.Version;
            var events = JobTransitions.Waiting(job, hold.Reason, hold.Detail, _time.GetUtcNow());
            // Lost: another node claimed or changed it meanwhile, and then it is not waiting here any more.
            await _store.CommitAsync(new JobCommit(job, expected, events), ct);
        }
    }

    /// <summary>About once a second while guards exist: a running job whose type is now held is stopped with the guard's error.</summary>
    private async Task GuardLoopAsync(CancellationToken ct)
    {
        if (_guards.Count == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(_options.GuardInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                foreach (var control in _running.Values)
                {
                    if (HoldFor(control.Type) is { } hold)
                    {
                        LogStopped(_logger, control.JobId, hold.Detail);
                        control.Stop(StopReason.Held, hold.StopError);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Jobs of type {Type} wait: {Detail}")]
    private static partial void LogHeld(ILogger logger, string type, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} is stopped: {Detail}")]
    private static partial void LogStopped(ILogger logger, string jobId, string detail);
}
