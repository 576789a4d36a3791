using MediaJobs.Core.Events;
using MediaJobs.Storage.Relational.Writer;
using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// Group commit for one store (one node): the writes of every job of the node queue here and run in one
/// transaction per turn, sent as one pipelined round trip (<see cref="PgWriterLane"/>). The event-log lock (see
/// PostgresJobStore.Events.cs) is then taken once per turn, and one lock hold and one WAL flush carry every job
/// of the turn instead of one each. Several lanes (connections) take turns so the server never waits for this
/// process between two turns.
/// </summary>
internal sealed class PgWriter : IAsyncDisposable
{
    /// <summary>A hint to every node (payloads: see <see cref="PostgresListener"/>), sent when the transaction commits.</summary>
    internal const string NotifySql = "SELECT pg_notify('" + PostgresJobStore.Channel + "', $1)";

    private readonly WriteQueue<PgWriteOp> _ops = new("PostgreSQL", nameof(PostgresJobStore), singleReader: false);
    private readonly SemaphoreSlim _drain = new(1, 1);
    private readonly int _maxOps;
    private readonly PgWriterLane[] _lanes;
    private readonly Task[] _done;

    public PgWriter(NpgsqlDataSource source, EventFeed feed, int maxOps, int lanes)
    {
        _maxOps = maxOps;
        _lanes = [.. Enumerable.Range(0, lanes).Select(_ => new PgWriterLane(source, feed, Stats))];
        _done = [.. _lanes.Select(_ => Task.CompletedTask)];
    }

    public PgWriterStats Stats { get; } = new();

    /// <summary>
    /// Each lane runs on its own thread: on a small box it must not queue behind the very continuations it is
    /// about to release on the thread pool (as the SQLite writer).
    /// </summary>
    public void Start()
    {
        for (var i = 0; i < _lanes.Length; i++)
        {
            var lane = _lanes[i];
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _done[i] = done.Task;
            new Thread(() => Run(lane, done)) { IsBackground = true, Name = $"MediaJobs PostgreSQL writer {i}" }.Start();
        }
    }

    /// <summary>Queues a write; the task completes after the transaction that ran it has ended.</summary>
    public Task<T> Submit<T>(PgWriteOp<T> op)
    {
        if (op.Cancellation.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(op.Cancellation);
        }
        _ops.Add(op);
        return op.Task;
    }

    /// <summary>Keeps every lane from taking ops until disposed, so writes queued meanwhile share one transaction (tests).</summary>
    internal async Task<IDisposable> HoldAsync()
    {
        await _drain.WaitAsync();
        return new Release(_drain);
    }

    public async ValueTask DisposeAsync()
    {
        _ops.Close();
        await Task.WhenAll(_done);
        foreach (var lane in _lanes)
        {
            lane.Dispose();
        }
        _drain.Dispose();
    }

    private void Run(PgWriterLane lane, TaskCompletionSource done)
    {
        try
        {
            var turn = new List<PgWriteOp>(_maxOps);
            while (_ops.WaitForWrites())
            {
                // One lane drains at a time, everything queued (up to the cap): the other lane takes what comes next.
                _drain.Wait();
                try
                {
                    while (turn.Count < _maxOps && _ops.TryTake(out var op))
                    {
                        turn.Add(op);
                    }
                }
                finally
                {
                    _drain.Release();
                }
                if (turn.Count > 0)
                {
                    lane.RunTurn(turn);
                    turn.Clear();
                }
            }
            done.TrySetResult();
        }
        catch (Exception ex)
        {
            // Not expected (RunTurn contains its own failures), but never leave callers hanging.
            _ops.Crash(ex);
            done.TrySetResult();
        }
    }

    private sealed class Release(SemaphoreSlim drain) : IDisposable
    {
        public void Dispose() => drain.Release();
    }
}
