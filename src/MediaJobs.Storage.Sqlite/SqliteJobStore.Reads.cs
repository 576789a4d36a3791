using System.Data.Common;
using Dapper;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

// Reads: pooled read-only connections, never the writer. WAL gives each read a consistent snapshot.
public sealed partial class SqliteJobStore
{
    public async Task<Job?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {JobTable.Columns} FROM jobs WHERE id = @id";
        cmd.Parameters.AddWithValue("@id", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? JobTable.Read(reader, JobRows.Dialect) : null;
    }

    // Text inside inputs' string values: the trigram index (jobs_fts, migration 0007) finds candidates (its case
    // folding is wider than ASCII), the recheck on its copy keeps exactly the ASCII-case-insensitive matches
    // (lower() folds ASCII only).
    private const string ContainsSql =
        "SELECT f.id FROM jobs_fts f WHERE f.text MATCH @grams AND instr(lower(f.text), @folded) > 0";

    protected override string JobCountsRelation => "job_counts";

    // The ids a text matched, read once (JobListSql.MatchedIdsSql), as the page's and the total's text filter.
    private const string MatchedIdsRelation = "SELECT value FROM json_each(@matched)";

    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = JobListSql.Build(query, JobTable.Columns, ContainsSql, "job_counts", t => SqliteTime.ToDb(t));
        await using var connection = await OpenReaderAsync(ct);
        var grams = query.MatchesInsideInputs ? await RarestGramsQueryAsync(connection, query.Text!, ct) : null;
        if (grams is not null)
        {
            // Before the snapshot: which grams to ask for changes the cost, never the answer.
            sql.SetParameter("@grams", grams);
        }
        // One snapshot: the matched ids, the total and the page agree.
        await using var tx = await BeginSnapshotAsync(connection, ct);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = (SqliteTransaction)tx;
        if (sql.MatchedIdsSql is { } matchedSql)
        {
            var ids = await ReadIdsAsync(cmd, sql, matchedSql, ct);
            if (ids.Count <= JobListSql.MatchedIdsCap)
            {
                sql = JobListSql.Build(query, JobTable.Columns, ContainsSql, "job_counts", t => SqliteTime.ToDb(t), MatchedIdsRelation);
                sql.AddParameter("@matched", System.Text.Json.JsonSerializer.Serialize(ids));
            }
        }
        cmd.Parameters.Clear();
        foreach (var (name, value) in sql.Parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        cmd.CommandText = sql.TotalSql;
        var total = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        cmd.CommandText = sql.PageSql;
        var items = new List<Job>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                items.Add(JobTable.Read(reader, JobRows.Dialect));
            }
        }
        await tx.CommitAsync(ct);
        return JobListSql.ToPage(query, items, total);
    }

    private static async Task<HashSet<string>> ReadIdsAsync(SqliteCommand cmd, JobListSql sql, string matchedSql, CancellationToken ct)
    {
        foreach (var (name, value) in sql.Parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        cmd.CommandText = matchedSql;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>
    /// The FTS5 query for a text search, built from the text's rarest grams. FTS5 walks every listed gram's whole
    /// posting list, and a gram common to most inputs (".mk", "/me") costs a walk of the whole history; so each of
    /// up to <see cref="ProbedGrams"/> grams is counted up to <see cref="GramProbeCap"/> (bounded work; remembered a
    /// minute, see <see cref="GramCounts"/>), and the
    /// query asks for the (up to 3) rarest. When every gram is that common the spread grams are asked for. (FTS5
    /// intersects lists of a few ten thousand entries in about a millisecond; a list as long as the history costs
    /// tens.)
    /// </summary>
    private async Task<string> RarestGramsQueryAsync(SqliteConnection connection, string text, CancellationToken ct)
    {
        var probed = JobListSql.Spread(JobListSql.Grams(text), ProbedGrams);
        var counts = new List<(string Gram, long Count)>();
        await using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT COUNT(*) FROM (SELECT 1 FROM jobs_fts WHERE jobs_fts MATCH @gram LIMIT @cap)";
        var gram = probe.Parameters.Add("@gram", SqliteType.Text);
        probe.Parameters.AddWithValue("@cap", GramProbeCap);
        foreach (var g in probed)
        {
            if (!_gramCounts.TryGet(g, out var count))
            {
                gram.Value = JobListSql.GramQuery(g, [g]);
                count = Convert.ToInt64(await probe.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                _gramCounts.Set(g, count);
            }
            counts.Add((g, count));
        }
        var rare = counts.Where(c => c.Count < GramProbeCap).OrderBy(c => c.Count).Take(3).Select(c => c.Gram).ToArray();
        return JobListSql.GramQuery(text, rare.Length > 0 ? rare : null);
    }

    // Gram counts live a minute (wall clock: a cache, not a store time).
    private readonly GramCounts _gramCounts = new(TimeProvider.System);

    private const int ProbedGrams = 8;
    private const int GramProbeCap = 25_000;

    public async Task<IReadOnlyList<JobEvent>> ReadEventsAsync(EventQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = query.JobId is null
            ? $"SELECT {EventLogTable.Columns} FROM job_events WHERE id > @after ORDER BY id LIMIT @limit"
            : $"SELECT {EventLogTable.Columns} FROM job_events WHERE job_id = @job AND id > @after ORDER BY id LIMIT @limit";
        cmd.Parameters.AddWithValue("@after", query.AfterId);
        cmd.Parameters.AddWithValue("@limit", Math.Max(0, query.Limit));
        if (query.JobId is not null)
        {
            cmd.Parameters.AddWithValue("@job", query.JobId);
        }
        var events = new List<JobEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(EventLogTable.Read(reader, SqliteTime.FromDb(reader.GetString(6))));
        }
        return events;
    }

    public async Task<long> GetLastEventIdAsync(CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(LastEventIdSql, cancellationToken: ct));
    }

    protected override async Task<DbConnection> OpenReadConnectionAsync(CancellationToken ct) => await OpenReaderAsync(ct);

    // A deferred (read) transaction: its BEGIN takes no lock and does no I/O, and it never writes. (The async
    // overloads have no 'deferred' and would BEGIN IMMEDIATE.)
#pragma warning disable CA1849
    protected override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));
#pragma warning restore CA1849

    protected override DateTimeOffset TimeFromDb(object value) => SqliteTime.FromDb((string)value);

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_session is null)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
