using System.Data;
using System.Data.Common;
using Dapper;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Relational;

/// <summary>
/// What both SQL stores read word for word: statements both dialects accept (<c>@name</c> parameters, standard
/// <c>CAST</c>), run on the store's own read connection. A store says how it opens one, how it reads one snapshot
/// and how it keeps times; its hot reads (jobs, events) and every write stay in its own dialect.
/// </summary>
public abstract partial class RelationalJobStore
{
    /// <summary>A read connection (never the writer's), open.</summary>
    protected abstract Task<DbConnection> OpenReadConnectionAsync(CancellationToken ct);

    /// <summary>A transaction whose statements all read the same snapshot; it never writes.</summary>
    protected abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A stored time, as the provider returns it (SQLite: text; PostgreSQL: a UTC <see cref="DateTime"/>).</summary>
    protected abstract DateTimeOffset TimeFromDb(object value);

    /// <summary>
    /// Rows (type, status, owner, n) whose sums are the job counts, kept by the store on every write ('' owns
    /// jobs without an owner): what stats and list totals read instead of counting jobs.
    /// </summary>
    protected abstract string JobCountsRelation { get; }

    public async Task<JobStats> GetStatsAsync(string? owner, CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            owner is null
                ? $"SELECT status, CAST(SUM(n) AS BIGINT) FROM {JobCountsRelation} GROUP BY status HAVING SUM(n) > 0"
                : $"SELECT status, CAST(SUM(n) AS BIGINT) FROM {JobCountsRelation} WHERE owner = @owner GROUP BY status HAVING SUM(n) > 0",
            new { owner }, cancellationToken: ct));
        var counts = new Dictionary<JobStatus, int>();
        foreach (var (status, count) in rows)
        {
            counts[Enum.Parse<JobStatus>(status)] = (int)count;
        }
        return new JobStats(counts, await ReadCountersAsync(connection, owner, ct));
    }

    public async Task<IReadOnlyList<JobCount>> CountJobsAsync(CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Type, string Status, long Count)>(new CommandDefinition(
            $"SELECT type, status, CAST(SUM(n) AS BIGINT) FROM {JobCountsRelation} GROUP BY type, status HAVING SUM(n) > 0", cancellationToken: ct));
        return [.. rows.Select(r => new JobCount(r.Type, Enum.Parse<JobStatus>(r.Status), r.Count))];
    }

    public async Task<string?> GetSettingAsync(string key, CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT value FROM settings WHERE key = @key", new { key }, cancellationToken: ct));
    }

    /// <summary>
    /// Named counters (table <c>owner_counters</c>): one owner's totals, or the sums over every owner when
    /// <paramref name="owner"/> is null. '' is the owner of jobs without one.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, CounterTotals>> ReadCountersAsync(DbConnection connection, string? owner, CancellationToken ct)
    {
        // The CAST: PostgreSQL sums bigints as numeric.
        var rows = await connection.QueryAsync<(string Name, long Session, long Lifetime)>(new CommandDefinition(
            owner is null
                ? "SELECT name, CAST(SUM(session) AS BIGINT), CAST(SUM(lifetime) AS BIGINT) FROM owner_counters GROUP BY name"
                : "SELECT name, session, lifetime FROM owner_counters WHERE owner = @owner",
            new { owner }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Name, r => new CounterTotals(r.Session, r.Lifetime), StringComparer.Ordinal);
    }

    /// <summary>A command on <paramref name="connection"/> with typed parameters (PostgreSQL needs a type for a NULL).</summary>
    private protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value, DbType Type)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value, type) in parameters)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = type;
            cmd.Parameters.Add(parameter);
        }
        return cmd;
    }
}
