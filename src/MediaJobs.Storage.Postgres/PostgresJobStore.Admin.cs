using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres.Writer;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Clears, settings and stats.
public sealed partial class PostgresJobStore
{
    // Retention (ended before, oldest first, at most a limit, whole batches only once done) and clears alike; the
    // same statement takes the jobs out of the counts and the text index.
    private static readonly string DeleteJobsSql =
        "WITH d AS (DELETE FROM jobs WHERE id IN (SELECT j.id FROM jobs j " +
        "WHERE j.status = ANY($1) AND j.status <> 'Running' AND ($2::text IS NULL OR j.owner = $2) " +
        "AND ($3::text[] IS NULL OR j.type = ANY($3)) AND ($4::text[] IS NULL OR j.id = ANY($4)) " +
        "AND ($5::timestamptz IS NULL OR (j.ended_utc IS NOT NULL AND j.ended_utc < $5)) " +
        "AND (NOT $6 OR j.batch_id IS NULL OR NOT EXISTS " +
        "(SELECT 1 FROM jobs b WHERE b.batch_id = j.batch_id AND b.status IN ('Queued', 'Running'))) " +
        "ORDER BY j.ended_utc, j.id LIMIT $7) RETURNING id, type, status, owner), " +
        PgJobCounts.Cte("k", "SELECT type, status, COALESCE(owner, ''), -1 FROM d") + ", " +
        "s AS (DELETE FROM job_search USING d WHERE job_search.id = d.id) SELECT id FROM d";

    public Task<IReadOnlyList<string>> DeleteAsync(JobDeletion which, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(which);
        return InTransactionAsync<IReadOnlyList<string>>(async scope =>
        {
            var deleted = new List<string>();
            // The event-log lock before any row, as the writer's turns take it: a turn that holds it while updating
            // a job this delete holds would otherwise deadlock with it.
            await using (var lockEvents = Command(scope, LockSql))
            {
                await lockEvents.ExecuteNonQueryAsync(ct);
            }
            await using (var cmd = Command(scope, DeleteJobsSql,
                PgJobRows.TextArray([.. which.Statuses.Select(s => s.ToString())]),
                PgJobRows.Text(which.Owner),
                PgJobRows.TextArray(which.Types is { Count: > 0 } types ? types : null),
                PgJobRows.TextArray(which.Ids is { Count: > 0 } ids ? ids : null),
                PgJobRows.Time(which.EndedBeforeUtc),
                PgJobRows.Bool(which.KeepUnfinishedBatches),
                new NpgsqlParameter { Value = (object?)which.Limit ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer }))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    deleted.Add(reader.GetString(0));
                }
            }
            if (deleted.Count == 0)
            {
                return deleted;
            }
            deleted.Sort(StringComparer.Ordinal);
            await using (var events = Command(scope, "DELETE FROM job_events WHERE job_id = ANY($1)", PgJobRows.TextArray(deleted)))
            {
                await events.ExecuteNonQueryAsync(ct);
            }
            await AppendEventsAsync(scope, [.. deleted.Select(id => new NewJobEvent(id, JobEventTypes.JobRemoved, EventLevel.Info,
                "Job removed.", new JsonObject { ["jobId"] = id }, now))], ct);
            return deleted;
        }, ct);
    }

    // Every node re-reads it (a pause stops claims and running jobs everywhere).
    public Task SetSettingAsync(string key, string? value, CancellationToken ct) => WriteAsync(new StatementWrite(
    [
        value is null
            ? new PgStatement("DELETE FROM settings WHERE key = $1", [PgJobRows.Text(key)])
            : new PgStatement("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [PgJobRows.Text(key), PgJobRows.Text(value)]),
        new PgStatement(PgWriter.NotifySql, [PgJobRows.Text("s" + key)], ReturnsRows: true),
    ], ct));
}
