using MediaJobs.Storage.Postgres.Writer;

namespace MediaJobs.Storage.Postgres;

// Settings written only over the value a writer read (compare-and-swap).
public sealed partial class PostgresJobStore
{
    // Each returns a row (and wakes the other nodes) only when it wrote. The UPDATE re-checks its WHERE on the row it
    // locked, so of two nodes swapping from the same value one writes and the other finds nothing to update.
    private const string InsertSettingIfAbsentSql =
        "WITH w AS (INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING 1) " +
        "SELECT pg_notify('" + Channel + "', $3) FROM w";

    private const string SwapSettingSql =
        "WITH w AS (UPDATE settings SET value = $2 WHERE key = $1 AND value = $4 RETURNING 1) " +
        "SELECT pg_notify('" + Channel + "', $3) FROM w";

    public Task<bool> CompareAndSetSettingAsync(string key, string? expected, string value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var statement = expected is null
            ? new PgStatement(InsertSettingIfAbsentSql, [PgJobRows.Text(key), PgJobRows.Text(value), PgJobRows.Text("s" + key)], ReturnsRows: true)
            : new PgStatement(SwapSettingSql, [PgJobRows.Text(key), PgJobRows.Text(value), PgJobRows.Text("s" + key), PgJobRows.Text(expected)], ReturnsRows: true);
        return WriteAsync(new StatementWrite([statement], ct));
    }
}
