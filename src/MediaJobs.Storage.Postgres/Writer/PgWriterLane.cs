using System.Globalization;
using MediaJobs.Core.Events;
using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// One connection of the writer and its turns: one transaction for the ops it drained, and what happens when one
/// of them fails. Every turn takes the event-log lock first, so the lanes of a writer (and the writers of other
/// nodes) run their turns one after another on the server, in the order of their ids, without deadlocks between
/// them; a second lane only hides the hop between one turn's reply and the next turn's request.
/// </summary>
internal sealed class PgWriterLane(NpgsqlDataSource source, EventFeed feed, PgWriterStats stats) : IDisposable
{
    private static readonly string LockSql =
        "SELECT pg_advisory_xact_lock(" + PostgresJobStore.EventLockKey.ToString(CultureInfo.InvariantCulture) + ")";

    // Under the lock nobody else appends, so the newest id above the head is this transaction's last.
    private const string MoveHeadSql =
        "WITH m AS (SELECT max(id) AS id FROM job_events WHERE id > (SELECT last_id FROM event_head)), " +
        "h AS (UPDATE event_head SET last_id = m.id FROM m WHERE m.id IS NOT NULL RETURNING last_id) " +
        "SELECT last_id, pg_notify('" + PostgresJobStore.Channel + "', 'e' || last_id) FROM h";

    /// <summary>How often a transaction is tried again after PostgreSQL broke a deadlock with another node's writer by aborting it.</summary>
    private const int MaxDeadlockRetries = 5;

    private NpgsqlConnection? _connection;
    private long _head;

    public void RunTurn(List<PgWriteOp> turn)
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
        var reconnects = 0;
        var grouping = true;
        while (live.Count > 0)
        {
            PgWriteBatch? batch = null;
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                batch = Build(live, grouping);
                batch.Execute();
                stats.Committed(live.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
                // Publish first: when a caller's write returns, the feed already knows its events.
                if (_head > 0)
                {
                    feed.Publish(_head);
                }
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                && batch?.IsBeforeCommit(ex.BatchCommand) == true && ++reconnects <= 1)
            {
                // The server ended this connection (e.g. it sat idle while an operator killed it) before the COMMIT ran:
                // the transaction was aborted, nothing of it is kept, so the turn runs again on a new connection.
                Drop();
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                && ++deadlocks <= MaxDeadlockRetries)
            {
                Rollback();
            }
            catch (PostgresException ex) when (grouping && batch?.IsShared(ex.BatchCommand) == true)
            {
                // One commit of a shared statement failed it: again with a statement per commit, so it fails alone.
                Rollback();
                grouping = false;
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

    /// <param name="grouping">Fold the turn's commits into multi-row statements (see <see cref="CommitGroup"/>).</param>
    private PgWriteBatch Build(List<PgWriteOp> live, bool grouping)
    {
        _head = 0;
        var batch = new PgWriteBatch(Connection());
        batch.Add("BEGIN", []);
        // Gap safety: event ids are drawn under this lock, held until the COMMIT at the end of this round trip.
        batch.AddQuery(LockSql, [], null);
        var commitsAdded = false;
        foreach (var op in live)
        {
            if (grouping && op is CommitWrite)
            {
                // Every commit of the turn, where the first one stood.
                if (!commitsAdded)
                {
                    AddCommits(batch, live);
                    commitsAdded = true;
                }
                continue;
            }
            batch.Owner = op;
            op.Apply(batch);
        }
        batch.Owner = null;
        batch.Shared = false;
        if (live.Exists(op => op.AppendsEvents))
        {
            batch.AddQuery(MoveHeadSql, [], r => _head = r.GetInt64(0));
        }
        batch.Add("COMMIT", []);
        return batch;
    }

    /// <summary>
    /// One statement per layer: a job's first commit of the turn in the first, its second (rare: a requeue racing a
    /// commit) in the next, so no statement updates a row twice and a job's commits keep their order.
    /// </summary>
    private static void AddCommits(PgWriteBatch batch, List<PgWriteOp> live)
    {
        var layers = new List<List<CommitWrite>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var commit in live.OfType<CommitWrite>())
        {
            var layer = seen.GetValueOrDefault(commit.JobId);
            seen[commit.JobId] = layer + 1;
            if (layer == layers.Count)
            {
                layers.Add([]);
            }
            layers[layer].Add(commit);
        }
        foreach (var layer in layers)
        {
            batch.Owner = layer.Count == 1 ? layer[0] : null;
            batch.Shared = layer.Count > 1;
            CommitGroup.Add(batch, layer);
        }
    }

    private NpgsqlConnection Connection()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }
        Drop();
        _connection = source.OpenConnection();
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

    public void Dispose() => Drop();
}
