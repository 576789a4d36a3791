namespace MediaJobs.Core.Engine;

/// <summary>An auto-reset wake-up: many Set calls before a wait collapse into one wake.</summary>
internal sealed class WakeSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _tcs = New();
    private bool _set;

    public void Set()
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            _set = true;
            fired = _tcs;
        }
        fired.TrySetResult();
    }

    /// <summary>Waits for a Set (or the timeout), then resets.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        Task signal;
        lock (_gate)
        {
            if (_set)
            {
                _set = false;
                _tcs = New();
                return;
            }
            signal = _tcs.Task;
        }
        using var delayCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(signal, Task.Delay(timeout, time, delayCts.Token));
        await delayCts.CancelAsync();
        lock (_gate)
        {
            _set = false;
            if (_tcs.Task.IsCompleted)
            {
                _tcs = New();
            }
        }
        ct.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
