namespace MediaJobs.Storage.Sqlite;

// The writer loop: group commit of queued write operations.
public sealed partial class SqliteJobStore
{
    private const string LastEventIdSql = "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'job_events'), 0)";

    /// <summary>Queues a write; the task completes after the transaction that ran it has committed.</summary>
    private Task<T> Submit<T>(Func<WriterSession, T> work, CancellationToken ct, Action<T>? onCommitted = null, bool defersEvents = false)
    {
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(ct);
        }
        var op = new WriteOp<T>(work, onCommitted, ct) { DefersEvents = defersEvents };
        _writes.Add(op);
        return op.Task;
    }

    /// <summary>
    /// Tests: keeps the writer busy inside one write until the returned action runs, so the writes queued
    /// meanwhile share the next turn (up to <see cref="SqliteStoreOptions.MaxBatchSize"/>).
    /// </summary>
    internal async Task<Action> HoldWriterAsync()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        _ = Submit(_ =>
        {
            entered.TrySetResult();
            release.Wait();
            return 0;
        }, CancellationToken.None);
        await entered.Task;
        return release.Set;
    }

    /// <summary>
    /// The writer runs on its own thread: on a small box it must not queue behind the very
    /// continuations it is about to release on the thread pool.
    /// </summary>
    private void RunWriter()
    {
        try
        {
            var batch = new List<WriteOp>(_options.MaxBatchSize);
            while (_writes.WaitForWrites())
            {
                while (batch.Count < _options.MaxBatchSize && _writes.TryTake(out var op))
                {
                    batch.Add(op);
                }
                RunBatch(batch);
                batch.Clear();
            }
            _writerDone.TrySetResult();
        }
        catch (Exception ex)
        {
            // Not expected (RunBatch contains its own failures), but never leave callers hanging.
            _writes.Crash(ex);
            _writerDone.TrySetResult();
        }
    }

    private void RunBatch(List<WriteOp> batch)
    {
        var session = _session!;
        // Optimistic first: every op straight in the shared transaction, no SAVEPOINT (each one costs a copy of
        // every page the op then touches). Only when an op throws is the turn rolled back and run again with a
        // SAVEPOINT per op, so a failing op still fails alone and the others commit as if it had never run.
        if (!TryRunTogether(session, batch))
        {
            RunEachInSavepoint(session, batch);
        }
        // Publish first: when a caller's write returns, the feed already knows its events.
        if (session.LastAppendedEventId > 0)
        {
            Feed.Publish(session.LastAppendedEventId);
        }
        foreach (var op in batch)
        {
            op.Complete();
        }
    }

    /// <summary>Runs the whole turn in one transaction; false (and nothing stored) when an op threw.</summary>
    private static bool TryRunTogether(WriterSession session, List<WriteOp> batch)
    {
        session.LastAppendedEventId = 0;
        try
        {
            session.Execute("BEGIN IMMEDIATE");
            foreach (var op in batch)
            {
                if (op.Cancellation.IsCancellationRequested)
                {
                    op.WasCancelled = true;
                    continue;
                }
                if (!op.DefersEvents)
                {
                    session.FlushEvents();
                }
                session.DeferEvents = op.DefersEvents;
                op.Execute(session);
            }
            session.FlushEvents();
            session.DeferEvents = false;
            session.Execute("COMMIT");
            return true;
        }
        catch (Exception)
        {
            // Whatever failed (an op, or the COMMIT itself) is run again below, one SAVEPOINT per op.
            session.DeferEvents = false;
            session.DiscardEvents();
            TryRollback(session);
            return false;
        }
    }

    private static void RunEachInSavepoint(WriterSession session, List<WriteOp> batch)
    {
        session.LastAppendedEventId = 0;
        try
        {
            session.Execute("BEGIN IMMEDIATE");
            foreach (var op in batch)
            {
                RunInSavepoint(session, op);
            }
            session.Execute("COMMIT");
        }
        catch (Exception ex)
        {
            // The transaction itself failed (BEGIN, COMMIT, or a rollback to a savepoint):
            // nothing of this batch is stored, so every caller hears about it.
            TryRollback(session);
            session.LastAppendedEventId = 0;
            foreach (var op in batch)
            {
                op.Error ??= ex;
            }
        }
    }

    private static void RunInSavepoint(WriterSession session, WriteOp op)
    {
        // An op cancelled in the optimistic run stays cancelled: its caller may already have moved on.
        if (op.WasCancelled || op.Cancellation.IsCancellationRequested)
        {
            op.WasCancelled = true;
            return;
        }
        var eventsBefore = session.LastAppendedEventId;
        session.Execute("SAVEPOINT op");
        try
        {
            op.Execute(session);
        }
        catch (Exception ex)
        {
            op.Error = ex;
            session.LastAppendedEventId = eventsBefore;
            session.Execute("ROLLBACK TO op");
        }
        session.Execute("RELEASE op");
    }

    private static void TryRollback(WriterSession session)
    {
        try
        {
            if (!session.Connection.State.Equals(System.Data.ConnectionState.Open))
            {
                return;
            }
            session.Execute("ROLLBACK");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // No transaction was open (BEGIN failed, or SQLite already rolled back).
        }
    }

    private static long ReadLastEventId(WriterSession session) =>
        (long)session.Command(LastEventIdSql).ExecuteScalar()!;
}
