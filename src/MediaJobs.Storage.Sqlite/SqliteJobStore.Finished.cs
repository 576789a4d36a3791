using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Sqlite;

// Finishes per minute from ix_jobs_finished (migration 0008): the times are fixed-width UTC text, so a minute is
// the text's first 16 characters and "from since on" is a range of the index. Named: left alone, the planner walks
// every job of the two statuses by ix_jobs_claim (measured: 0.8 s for 10,000 finishes among 100,000 jobs).
public sealed partial class SqliteJobStore
{
    private const string FinishedPerMinuteSql =
        "SELECT substr(ended_utc, 1, 16) AS minute, status, COUNT(*) FROM jobs INDEXED BY ix_jobs_finished " +
        "WHERE status IN ('Succeeded', 'Failed') AND ended_utc >= @since AND (@owner IS NULL OR owner = @owner) " +
        "GROUP BY minute, status ORDER BY minute";

    public async Task<IReadOnlyList<FinishedMinute>> CountFinishedPerMinuteAsync(DateTimeOffset since, string? owner, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = FinishedPerMinuteSql;
        cmd.Parameters.AddWithValue("@since", SqliteTime.ToDb(since));
        cmd.Parameters.AddWithValue("@owner", (object?)owner ?? DBNull.Value);
        var rows = new List<(string Minute, string Status, long Count)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }
        return FinishedMinutes.FromRows(rows);
    }
}
