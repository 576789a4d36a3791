namespace MediaJobs.Core.Events;

/// <summary>
/// A wake-up signal for readers of the event log: a store publishes the newest event id after
/// each commit, and readers then read the log itself. The log stays the single source; this
/// only says "look again" (a scale-out store also publishes on a NOTIFY from another node).
/// </summary>
public sealed class EventFeed
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _lastId;

    public long LastPublishedId => Volatile.Read(ref _lastId);

    public void Publish(long lastEventId)
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            if (lastEventId > _lastId)
            {
                _lastId = lastEventId;
            }
            fired = _changed;
            _changed = NewSignal();
        }
        fired.TrySetResult();
    }

    /// <summary>Completes when an id above <paramref name="afterId"/> was published, or at the timeout.</summary>
    public async Task WaitAsync(long afterId, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        Task signal;
        lock (_gate)
        {
            if (_lastId > afterId)
            {
                return;
            }
            signal = _changed.Task;
        }
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, time, timeoutCts.Token);
        await Task.WhenAny(signal, delay);
        await timeoutCts.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
