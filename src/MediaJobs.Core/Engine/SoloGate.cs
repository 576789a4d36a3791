namespace MediaJobs.Core.Engine;

/// <summary>
/// Lets a job run with nothing else on this node: ordinary runs share the node, a run that must be alone waits until
/// no other run is inside, and holds everyone else out while it runs. Alone runs take turns among themselves.
/// </summary>
internal sealed class SoloGate
{
    private static readonly IDisposable Nothing = new Slot(() => { });
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource<IDisposable>> _waitingAlone = new();
    private int _shared;
    private bool _aloneInside;

    /// <summary>True while a run that must be alone waits or runs: the node claims nothing then.</summary>
    public bool HasAlone
    {
        get
        {
            lock (_lock)
            {
                return _aloneInside || _waitingAlone.Count > 0;
            }
        }
    }

    /// <summary>An ordinary run enters at once (the node claims none while an alone run waits, see <see cref="HasAlone"/>).</summary>
    public Task<IDisposable> EnterShared()
    {
        lock (_lock)
        {
            _shared++;
        }
        return Task.FromResult<IDisposable>(new Slot(ExitShared));
    }

    /// <summary>
    /// Completes when this run is alone on the node. When <paramref name="ct"/> fires first it completes with a slot that
    /// holds nothing: the stopped run then ends at once without running a step.
    /// </summary>
    public Task<IDisposable> EnterAloneAsync(CancellationToken ct)
    {
        var turn = new TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waitingAlone.Enqueue(turn);
            GrantNext();
        }
        if (!turn.Task.IsCompleted && ct.CanBeCanceled)
        {
            ct.Register(() =>
            {
                lock (_lock)
                {
                    if (turn.TrySetResult(Nothing))
                    {
                        var rest = _waitingAlone.Where(t => t != turn).ToList();
                        _waitingAlone.Clear();
                        rest.ForEach(_waitingAlone.Enqueue);
                    }
                }
            });
        }
        return turn.Task;
    }

    private void ExitShared()
    {
        lock (_lock)
        {
            _shared--;
            GrantNext();
        }
    }

    private void ExitAlone()
    {
        lock (_lock)
        {
            _aloneInside = false;
            GrantNext();
        }
    }

    private void GrantNext()
    {
        if (_shared == 0 && !_aloneInside && _waitingAlone.TryDequeue(out var next))
        {
            _aloneInside = true;
            if (!next.TrySetResult(new Slot(ExitAlone)))
            {
                _aloneInside = false;
                GrantNext();
            }
        }
    }

    private sealed class Slot(Action exit) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                exit();
            }
        }
    }
}
