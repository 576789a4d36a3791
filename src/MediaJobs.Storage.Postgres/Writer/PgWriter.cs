using System.Globalization;
using System.Threading.Channels;
using MediaJobs.Core.Events;
using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// Group commit for one store (one node): the writes of every job of the node queue here and run in one
/// transaction per turn on one connection, sent as one pipelined round trip. The event-log lock (see
/// PostgresJobStore.Events.cs) is then taken once per turn, and one lock hold and one WAL flush carry
/// every job of the turn instead of one each.
/// </summary>
internal sealed partial class PgWriter : IAsyncDisposable
{
    /// <summary>A hint to every node (payloads: see <see cref="PostgresListener"/>), sent when the transaction commits.</summary>
    internal const string NotifySql = "SELECT pg_notify('" + PostgresJobStore.Channel + "', $1)";

    private static readonly string LockSql =
        "SELECT pg_advisory_xact_lock(" + PostgresJobStore.EventLockKey.ToString(CultureInfo.InvariantCulture) + ")";

    // Under the lock nobody else appends, so the newest id above the head is this transaction's last.
    private const string MoveHeadSql =
        "WITH m AS (SELECT max(id) AS id FROM job_events WHERE id > (SELECT last_id FROM event_head)), " +
        "h AS (UPDATE event_head SET last_id = m.id FROM m WHERE m.id IS NOT NULL RETURNING last_id) " +
        "SELECT last_id, pg_notify('" + PostgresJobStore.Channel + "', 'e' || last_id) FROM h";

    private readonly Channel<PgWriteOp> _ops = Channel.CreateUnbounded<PgWriteOp>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly NpgsqlDataSource _source;
    private readonly EventFeed _feed;
    private readonly int _maxOps;
    private NpgsqlConnection? _connection;
    private Exception? _crash;
    private Thread? _thread;

    public PgWriter(NpgsqlDataSource source, EventFeed feed, int maxOps)
    {
        _source = source;
        _feed = feed;
        _maxOps = maxOps;
    }

    /// <summary>Transactions committed so far, and the ops they carried (for tests and the benchmark).</summary>
    internal long Transactions { get; private set; }

    internal long OpsCommitted { get; private set; }

    /// <summary>
    /// The writer runs on its own thread: on a small box it must not queue behind the very continuations it is
    /// about to release on the thread pool (as the SQLite writer).
    /// </summary>
    public void Start()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "MediaJobs PostgreSQL writer" };
        _thread.Start();
    }

    /// <summary>Queues a write; the task completes after the transaction that ran it has ended.</summary>
    public Task<T> Submit<T>(PgWriteOp<T> op)
    {
        if (op.Cancellation.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(op.Cancellation);
        }
        if (!_ops.Writer.TryWrite(op))
        {
            throw _crash is { } crash
                ? new InvalidOperationException("The PostgreSQL writer has stopped; see the inner exception.", crash)
                : new ObjectDisposedException(nameof(PostgresJobStore));
        }
        return op.Task;
    }

    /// <summary>Holds the writer between turns until disposed, so writes queued meanwhile share one transaction (tests).</summary>
    internal async Task<IDisposable> HoldAsync()
    {
        await _turn.WaitAsync();
        return new Release(_turn);
    }

    public async ValueTask DisposeAsync()
    {
        _ops.Writer.TryComplete();
        if (_thread is not null)
        {
            await _done.Task;
        }
        _connection?.Dispose();
        _turn.Dispose();
    }

    private void Run()
    {
        try
        {
            var reader = _ops.Reader;
            var turn = new List<PgWriteOp>(_maxOps);
            while (WaitForWrites(reader))
            {
                _turn.Wait();
                try
                {
                    while (turn.Count < _maxOps && reader.TryRead(out var op))
                    {
                        turn.Add(op);
                    }
                    RunTurn(turn);
                }
                finally
                {
                    _turn.Release();
                }
                turn.Clear();
            }
            _done.TrySetResult();
        }
        catch (Exception ex)
        {
            // Not expected (RunTurn contains its own failures), but never leave callers hanging.
            _crash = ex;
            _ops.Writer.TryComplete(ex);
            while (_ops.Reader.TryRead(out var orphan))
            {
                orphan.Error = ex;
                orphan.Complete();
            }
            _done.TrySetResult();
        }
    }

    private static bool WaitForWrites(ChannelReader<PgWriteOp> reader)
    {
        var wait = reader.WaitToReadAsync();
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
