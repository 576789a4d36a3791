using System.Data.Common;
using Dapper;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Relational;

/// <summary>
/// Reads whose SQL both dialects accept word for word (Dapper's <c>@name</c> parameters, standard <c>CAST</c>),
/// so each store runs them on its own read connection instead of keeping a copy.
/// </summary>
public static class PortableReads
{
    public static async Task<JobStats> GetStatsAsync(DbConnection connection, string? owner, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            owner is null
                ? "SELECT status, COUNT(*) FROM jobs GROUP BY status"
                : "SELECT status, COUNT(*) FROM jobs WHERE owner = @owner GROUP BY status",
            new { owner }, cancellationToken: ct));
        var counts = new Dictionary<JobStatus, int>();
        foreach (var (status, count) in rows)
        {
            counts[Enum.Parse<JobStatus>(status)] = (int)count;
        }
        return new JobStats(counts, await ReadCountersAsync(connection, owner, ct));
    }

    public static async Task<IReadOnlyList<JobCount>> CountJobsAsync(DbConnection connection, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(string Type, string Status, long Count)>(new CommandDefinition(
            "SELECT type, status, COUNT(*) FROM jobs GROUP BY type, status", cancellationToken: ct));
        return [.. rows.Select(r => new JobCount(r.Type, Enum.Parse<JobStatus>(r.Status), r.Count))];
    }

    public static Task<string?> GetSettingAsync(DbConnection connection, string key, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT value FROM settings WHERE key = @key", new { key }, cancellationToken: ct));

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
}
