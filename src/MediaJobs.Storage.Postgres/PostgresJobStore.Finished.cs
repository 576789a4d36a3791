using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Finishes per minute from ix_jobs_finished (migration 0007): a range of the index from since on, grouped by the
// minute written as the SQLite store writes it.
public sealed partial class PostgresJobStore
{
    private const string FinishedPerMinuteSql =
        "SELECT to_char(ended_utc AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI') AS minute, status, COUNT(*) FROM jobs " +
        "WHERE status IN ('Succeeded', 'Failed') AND ended_utc >= $1 AND ($2::text IS NULL OR owner = $2) " +
        "GROUP BY minute, status ORDER BY minute";

    public async Task<IReadOnlyList<FinishedMinute>> CountFinishedPerMinuteAsync(DateTimeOffset since, string? owner, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(FinishedPerMinuteSql, connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = PgTime.ToDb(since) });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)owner ?? DBNull.Value });
        var rows = new List<(string Minute, string Status, long Count)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }
        return FinishedMinutes.FromRows(rows);
    }
}
