using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres;

// The event log. A plain sequence is not gap-safe for readers: transactions commit out of id order,
// so a reader could see id 11 before id 10 commits, move its cursor past 10 and never see it.
// Appending events is therefore the last thing a write transaction does, under a transaction-scoped
// advisory lock held until its commit: ids are drawn in commit order, and a commit is visible before
// its lock is released. Once a reader has seen id N, no smaller id can commit any more. The group-commit
// writer (Writer/PgWriter.Turn.cs) takes the same lock once per turn, first in the turn's round trip.
public sealed partial class PostgresJobStore
{
    /// <summary>Advisory lock key of the event log ("MJ-EVNT").</summary>
    internal const long EventLockKey = 0x4D4A_2D45_564E_54;

    /// <summary>The channel every node listens on; payloads are described in <see cref="PostgresListener"/>.</summary>
    internal const string Channel = "mediajobs";

    private static readonly string LockSql = "SELECT pg_advisory_xact_lock(" + EventLockKey.ToString(CultureInfo.InvariantCulture) + ")";

    // The ordered subquery makes nextval run in the events' order.
    private const string InsertEventsSql =
        "INSERT INTO job_events (id, job_id, type, level, message, payload, timestamp_utc) " +
        "SELECT nextval('job_events_id_seq'), e.job_id, e.type, e.level, e.message, e.payload, e.ts FROM (" +
        "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) " +
        "WITH ORDINALITY AS u(job_id, type, level, message, payload, ts, ord) ORDER BY ord) e RETURNING id";

    private const string MoveHeadSql =
        "UPDATE event_head SET last_id = currval('job_events_id_seq') RETURNING last_id";

    private const string NotifyEventsSql = "SELECT pg_notify('" + Channel + "', 'e' || currval('job_events_id_seq'))";

    /// <summary>Appends events as the last step of a write transaction; returns their ids in order.</summary>
    private static async Task<IReadOnlyList<long>> AppendEventsAsync(WriteScope scope, IReadOnlyList<NewJobEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return [];
        }
        var ids = new List<long>(events.Count);
        await using var batch = new NpgsqlBatch(scope.Connection, scope.Transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(LockSql));
        var insert = new NpgsqlBatchCommand(InsertEventsSql);
        insert.Parameters.Add(TextArray(events.Select(e => e.JobId)));
        insert.Parameters.Add(TextArray(events.Select(e => e.Type)));
        insert.Parameters.Add(TextArray(events.Select(e => e.Level.ToString())));
        insert.Parameters.Add(TextArray(events.Select(e => e.Message)));
        insert.Parameters.Add(TextArray(events.Select(e => StoredJobJson.Serialize(e.Payload))));
        insert.Parameters.Add(new NpgsqlParameter
        {
            Value = events.Select(e => PgTime.ToDb(e.TimestampUtc)).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        });
        batch.BatchCommands.Add(insert);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(MoveHeadSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(NotifyEventsSql));
        // The commit rides in the same round trip: the lock is held for the server's work and its fsync only,
        // never across a hop back to this process (under CPU load each hop costs a scheduler wake-up).
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        scope.Committed = true;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct); // past the lock's row
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt64(0));
            }
        }
        ids.Sort();
        scope.LastEventId = ids[^1];
        return ids;
    }

    public async Task<IReadOnlyList<JobEvent>> ReadEventsAsync(EventQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(query.JobId is null
            ? $"SELECT {EventLogTable.Columns} FROM job_events WHERE id > $1 ORDER BY id LIMIT $2"
            : $"SELECT {EventLogTable.Columns} FROM job_events WHERE id > $1 AND job_id = $3 ORDER BY id LIMIT $2", connection);
        cmd.Parameters.Add(PgJobRows.Long(query.AfterId));
        cmd.Parameters.Add(PgJobRows.Int(Math.Max(0, query.Limit)));
        if (query.JobId is not null)
        {
            cmd.Parameters.Add(PgJobRows.Text(query.JobId));
        }
        var events = new List<JobEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(EventLogTable.Read(reader, await reader.GetFieldValueAsync<DateTimeOffset>(6, ct)));
        }
        return events;
    }

    public async Task<long> GetLastEventIdAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT last_id FROM event_head", connection);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static NpgsqlParameter TextArray(IEnumerable<string> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
