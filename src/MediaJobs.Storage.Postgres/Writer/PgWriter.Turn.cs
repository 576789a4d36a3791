using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

// One turn of the writer: one transaction for every queued op, and what happens when one of them fails.
internal sealed partial class PgWriter
{
    /// <summary>How often a transaction is tried again after PostgreSQL broke a deadlock with another node's writer by aborting it.</summary>
    private const int MaxDeadlockRetries = 5;

    private long _head;

    /// <summary>Time spent building and running transactions (the rest of the writer's life it waits for ops).</summary>
    internal TimeSpan BusyTime { get; private set; }

    private void RunTurn(List<PgWriteOp> turn)
    {
        var live = new List<PgWriteOp>(turn.Count);
        foreach (var op in turn)
        {
            if (op.Cancellation.IsCancellationRequested)
            {
                op.WasCancelled = true;
            }
            else
            {
                live.Add(op);
            }
        }
        Commit(live);
        foreach (var op in turn)
        {
            op.Complete();
        }
    }

    /// <summary>
    /// Commits the ops in one transaction. An op whose statement fails fails alone: the transaction is rolled
    /// back and run again without it (nothing of it was kept, so running the others again is safe). A failure
    /// no statement owns fails the ops one transaction each, so only the op that causes it hears about it.
    /// </summary>
    private void Commit(List<PgWriteOp> live)
    {
        var deadlocks = 0;
        while (live.Count > 0)
        {
            PgWriteBatch? batch = null;
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                batch = Build(live);
                batch.Execute();
                BusyTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
                Transactions++;
                OpsCommitted += live.Count;
                // Publish first: when a caller's write returns, the feed already knows its events.
                if (_head > 0)
                {
                    _feed.Publish(_head);
                }
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                && ++deadlocks <= MaxDeadlockRetries)
            {
                Rollback();
            }
            catch (PostgresException ex) when (live.Count > 1 && batch?.OwnerOf(ex.BatchCommand) is { } culprit)
            {
                Rollback();
                culprit.Error = ex;
                live.Remove(culprit);
            }
            catch (PostgresException) when (live.Count > 1)
            {
                Rollback();
                foreach (var op in live)
                {
                    Commit([op]);
                }
                return;
            }
            catch (Exception ex)
            {
                // A single op's own failure, or the connection itself (then the outcome of a COMMIT in flight is unknown).
                if (ex is PostgresException)
                {
                    Rollback();
                }
                else
                {
                    Drop();
                }
                foreach (var op in live)
                {
                    op.Error ??= ex;
                }
                return;
            }
            finally
            {
                batch?.Dispose();
            }
        }
    }

    private PgWriteBatch Build(List<PgWriteOp> live)
    {
        _head = 0;
        var batch = new PgWriteBatch(Connection());
        batch.Add("BEGIN", []);
        var appends = live.Exists(op => op.AppendsEvents);
        if (appends)
        {
            // Gap safety: event ids are drawn under this lock, held until the COMMIT at the end of this round trip.
            batch.AddQuery(LockSql, [], null);
        }
        foreach (var op in live)
        {
            batch.Owner = op;
            op.Apply(batch);
        }
        batch.Owner = null;
        if (appends)
        {
            batch.AddQuery(MoveHeadSql, [], r => _head = r.GetInt64(0));
        }
        batch.Add("COMMIT", []);
        return batch;
    }

    private NpgsqlConnection Connection()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }
        Drop();
        _connection = _source.OpenConnection();
        return _connection;
    }

    private void Rollback()
    {
        try
        {
            if (_connection is { State: System.Data.ConnectionState.Open } connection)
            {
                using var rollback = new NpgsqlCommand("ROLLBACK", connection);
                rollback.ExecuteNonQuery();
            }
        }
        catch (Exception)
        {
            // The next turn opens a fresh connection.
            Drop();
        }
    }

    private void Drop()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
