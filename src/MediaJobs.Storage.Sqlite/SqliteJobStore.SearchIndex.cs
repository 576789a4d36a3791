using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

// The text index (jobs_fts, migration 0007) is keyed by the job row's rowid. jobs has no INTEGER PRIMARY KEY, so a
// VACUUM (by hand: the store never runs one) may renumber those rowids, and a database copied or repaired by hand
// may leave the index behind its jobs. Then the triggers update and delete the wrong index rows. At start the store
// checks, cheaply, that the index still pairs with its jobs, and rebuilds it when it does not (or when told to).
public sealed partial class SqliteJobStore
{
    // Same row count, and the newest rows (every renumbering moves them: a gap anywhere before them closes) pair by
    // rowid with the same job id.
    private const string SearchIndexConsistentSql =
        "SELECT (SELECT COUNT(*) FROM jobs) = (SELECT COUNT(*) FROM jobs_fts_docsize) AND NOT EXISTS (" +
        "SELECT 1 FROM (SELECT rowid, id FROM jobs ORDER BY rowid DESC LIMIT 200) AS j LEFT JOIN jobs_fts f ON f.rowid = j.rowid WHERE f.id IS NOT j.id)";

    // The index written again from the jobs as the triggers write it, then merged into one segment ('optimize').
    private const string RebuildSearchIndexSql =
        "DELETE FROM jobs_fts; " +
        "INSERT INTO jobs_fts (rowid, id, text) SELECT rowid, id, " +
        "(SELECT COALESCE(group_concat(t.value, char(10)), '') FROM json_tree(jobs.input) AS t WHERE t.type = 'text') FROM jobs; " +
        "INSERT INTO jobs_fts (jobs_fts) VALUES ('optimize');";

    /// <summary>True when the text index pairs with the jobs (see <see cref="SearchIndexConsistentSql"/>).</summary>
    private static async Task<bool> SearchIndexConsistentAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = SearchIndexConsistentSql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Writes the text index again from the jobs, in one transaction; returns the jobs indexed.</summary>
    private static async Task<long> RebuildSearchIndexAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = RebuildSearchIndexSql;
        await cmd.ExecuteNonQueryAsync(ct);
        cmd.CommandText = "SELECT COUNT(*) FROM jobs_fts_docsize";
        var indexed = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        await tx.CommitAsync(ct);
        return indexed;
    }

    /// <summary>At start, before the writer runs: the text index rebuilt when asked or when it no longer pairs with the jobs.</summary>
    private async Task CheckSearchIndexAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (_options.RebuildSearchIndex || !await SearchIndexConsistentAsync(connection, ct))
        {
            SearchIndexRebuilt = await RebuildSearchIndexAsync(connection, ct);
        }
    }

    /// <summary>The jobs the start's rebuild of the text index wrote; null when the index was consistent and not rebuilt.</summary>
    public long? SearchIndexRebuilt { get; private set; }
}
