using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Reads: pooled connections, each statement its own snapshot.
public sealed partial class PostgresJobStore
{
    public async Task<Job?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT {JobTable.Columns} FROM jobs WHERE id = $1", connection);
        cmd.Parameters.Add(PgJobRows.Text(id));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? JobTable.Read(reader, PgJobRows.Dialect) : null;
    }

    // Text inside inputs: job_search holds each input's text ASCII-folded under a trigram index (migration 0006).
    // The index is asked for a few spread grams only (every gram it is given costs a walk of its posting list, and
    // common ones are as long as the history); the exact LIKE then runs on the candidates, on an expression the
    // index does not serve, so it never adds all the text's grams back.
    private static string ContainsSql(int grams) =>
        "SELECT s.id FROM job_search s WHERE " +
        string.Concat(Enumerable.Range(0, grams).Select(i => $"s.folded LIKE @gram{i} AND ")) + "(s.folded || '') LIKE @pattern";

    // Kept by the statements that write jobs (PgJobCounts, migration 0007).
    private const string CountsSql = "job_counts";

    protected override string JobCountsRelation => CountsSql;

    // The ids a text matched, read once (JobListSql.MatchedIdsSql), as the page's and the total's text filter: the
    // trigram index's bitmap is built once, not once for the total and again for the page.
    private const string MatchedIdsRelation = "SELECT unnest(@matched::text[])";

    private static async Task<HashSet<string>> ReadIdsAsync(NpgsqlConnection connection, JobListSql sql, string matchedSql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(matchedSql, connection);
        foreach (var (name, value) in sql.Parameters)
        {
            cmd.Parameters.Add(new NpgsqlParameter(name, value));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var grams = query.MatchesInsideInputs ? JobListSql.Spread(JobListSql.Grams(JobListSql.FoldAscii(query.Text!)), JobListSql.QueryGrams) : [];
        var sql = JobListSql.Build(query, JobTable.Columns, ContainsSql(grams.Length), CountsSql, t => PgTime.ToDb(t));
        for (var i = 0; i < grams.Length; i++)
        {
            sql.AddParameter($"@gram{i}", JobListSql.ContainsPattern(grams[i]));
        }
        await using var connection = await OpenAsync(ct);
        if (sql.MatchedIdsSql is { } matchedSql)
        {
            var ids = await ReadIdsAsync(connection, sql, matchedSql, ct);
            if (ids.Count <= JobListSql.MatchedIdsCap)
            {
                sql = JobListSql.Build(query, JobTable.Columns, ContainsSql(grams.Length), CountsSql, t => PgTime.ToDb(t), MatchedIdsRelation);
                sql.AddParameter("@matched", ids.ToArray());
            }
        }
        // One round trip, named parameters shared by both statements.
        await using var cmd = new NpgsqlCommand($"{sql.TotalSql}; {sql.PageSql}", connection);
        foreach (var (name, value) in sql.Parameters)
        {
            cmd.Parameters.Add(new NpgsqlParameter(name, value));
        }
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        var items = new List<Job>();
        while (await reader.ReadAsync(ct))
        {
            items.Add(JobTable.Read(reader, PgJobRows.Dialect));
        }
        return JobListSql.ToPage(query, items, total);
    }
}
