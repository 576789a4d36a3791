using Dapper;
using MediaJobs.Core.Jobs;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

// Named counters per owner (table owner_counters, migration 0003): '' is the owner of jobs without one, and of
// the bytes saved before counters were kept per owner.
public sealed partial class SqliteJobStore
{
    public Task AddToCountersAsync(string? owner, IReadOnlyDictionary<string, long> deltas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deltas);
        return Submit(s =>
        {
            s.AddToCounters(owner, deltas);
            return true;
        }, ct);
    }

    public Task ResetSessionCountersAsync(CancellationToken ct) =>
        Submit(s => s.Execute("UPDATE owner_counters SET session = 0 WHERE session <> 0"), ct);

    /// <summary>One owner's totals, or the sums over every owner when <paramref name="owner"/> is null.</summary>
    private static async Task<IReadOnlyDictionary<string, CounterTotals>> ReadCountersAsync(SqliteConnection connection, string? owner, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(string Name, long Session, long Lifetime)>(new CommandDefinition(
            owner is null
                ? "SELECT name, SUM(session), SUM(lifetime) FROM owner_counters GROUP BY name"
                : "SELECT name, session, lifetime FROM owner_counters WHERE owner = @owner",
            new { owner }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Name, r => new CounterTotals(r.Session, r.Lifetime), StringComparer.Ordinal);
    }
}
