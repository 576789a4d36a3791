using Microsoft.Data.Sqlite;
using Npgsql;

namespace MediaJobs.Bench;

/// <summary>
/// The bulk seed of the history bench (<c>--seed sql</c>): the same rows as <c>HistoryBenchmark.JobAt</c>, written by
/// one INSERT … SELECT per 50,000 jobs into the store's own database, keeping its counts and text index exactly as its
/// writes do (SQLite: its triggers; PostgreSQL: the same statement, as the store's own writes). For a busy box, where a
/// million single-job inserts take hours.
/// </summary>
internal static class HistorySeeder
{
    private const int Chunk = 50_000;
    private const long T0UnixMs = 1_767_225_600_000; // 2026-01-01T00:00:00Z, HistoryBenchmark's T0

    private const string SqliteInsert =
        "WITH RECURSIVE n(i) AS (SELECT @from UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @to) " +
        "INSERT INTO jobs (id, type, preset, status, queue_order, batch_id, owner, correlation_id, created_utc, ended_utc, progress_pct, input) " +
        "SELECT printf('%012x-hist-%08d', @t0 + i, i), CASE i % 3 WHEN 0 THEN 'video' WHEN 1 THEN 'transcode' ELSE 'document' END, 'default', " +
        "CASE i % 20 WHEN 0 THEN 'Failed' WHEN 1 THEN 'Cancelled' WHEN 2 THEN 'Skipped' ELSE 'Succeeded' END, i, " +
        "CASE WHEN i % 100 < 10 THEN printf('batch-%06d', i / 100) END, " +
        "CASE (i / 7) % 4 WHEN 0 THEN NULL WHEN 1 THEN 'key-1' WHEN 2 THEN 'key-2' ELSE 'key-3' END, 'bench', " +
        "strftime('%Y-%m-%dT%H:%M:%S', '2026-01-01', '+' || (i / 1000) || ' seconds') || '.' || printf('%03d', i % 1000) || '0000Z', " +
        "strftime('%Y-%m-%dT%H:%M:%S', '2026-01-01', '+' || ((i + 500) / 1000) || ' seconds') || '.' || printf('%03d', (i + 500) % 1000) || '0000Z', 100, " +
        "printf('{\"path\":\"/media/library/show%04d/episode-%07d.mkv\",\"preset\":\"hevc-medium\"}', i % 1000, i) FROM n";

    // PostgreSQL keeps counts and text rows in the statement that writes the jobs (no triggers since migration 0007).
    private static readonly string PostgresInsert =
        "WITH ins AS (INSERT INTO jobs (id, type, preset, status, queue_order, batch_id, owner, correlation_id, created_utc, ended_utc, progress_pct, input) " +
        "SELECT lpad(to_hex(@t0 + i), 12, '0') || '-hist-' || lpad(i::text, 8, '0'), (ARRAY['video', 'transcode', 'document'])[i % 3 + 1], 'default', " +
        "CASE i % 20 WHEN 0 THEN 'Failed' WHEN 1 THEN 'Cancelled' WHEN 2 THEN 'Skipped' ELSE 'Succeeded' END, i, " +
        "CASE WHEN i % 100 < 10 THEN 'batch-' || lpad((i / 100)::text, 6, '0') END, " +
        "(ARRAY[NULL, 'key-1', 'key-2', 'key-3'])[(i / 7) % 4 + 1], 'bench', " +
        "timestamptz '2026-01-01Z' + i * interval '1 millisecond', timestamptz '2026-01-01Z' + (i + 500) * interval '1 millisecond', 100, " +
        "'{\"path\":\"/media/library/show' || lpad((i % 1000)::text, 4, '0') || '/episode-' || lpad(i::text, 7, '0') || '.mkv\",\"preset\":\"hevc-medium\"}' " +
        "FROM generate_series(@from::bigint, @to::bigint - 1) AS i RETURNING id, type, status, owner, input), " +
        Storage.Postgres.PgJobCounts.Cte("k", "SELECT type, status, COALESCE(owner, ''), 1 FROM ins") + " " +
        "INSERT INTO job_search (id, folded) SELECT ins.id, " + Storage.Postgres.PgJobSearch.Folded("ins.input") + " FROM ins";

    public static async Task SqliteAsync(string path, int from, int to)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=120");
        await connection.OpenAsync();
        await using (var timeout = connection.CreateCommand())
        {
            timeout.CommandText = "PRAGMA busy_timeout = 120000";
            await timeout.ExecuteNonQueryAsync();
        }
        for (var start = from; start < to; start += Chunk)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = SqliteInsert;
            cmd.Parameters.AddWithValue("@from", start);
            cmd.Parameters.AddWithValue("@to", Math.Min(to, start + Chunk));
            cmd.Parameters.AddWithValue("@t0", T0UnixMs);
            await cmd.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }
    }

    public static async Task PostgresAsync(string connectionString, int from, int to)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var start = from; start < to; start += Chunk)
        {
            await using var cmd = new NpgsqlCommand(PostgresInsert, connection);
            cmd.Parameters.AddWithValue("t0", T0UnixMs);
            cmd.Parameters.AddWithValue("from", (long)start);
            cmd.Parameters.AddWithValue("to", (long)Math.Min(to, start + Chunk));
            cmd.CommandTimeout = 0;
            await cmd.ExecuteNonQueryAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }
}
