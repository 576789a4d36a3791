using Dapper;
using MediaJobs.Core.Storage;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Every counter statement of this store (its table: Migrations/0002_counters.sql).
public sealed partial class PostgresJobStore
{
    private const string AddCountersSql =
        "INSERT INTO counters (name, value) SELECT * FROM unnest($1::text[], $2::bigint[]) " +
        "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value";

    public Task AddToCountersAsync(IReadOnlyDictionary<string, long> deltas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deltas);
        return InTransactionAsync(async scope =>
        {
            await AddToCountersAsync(scope, deltas, ct);
            return true;
        }, ct);
    }

    public Task SetCounterAsync(string name, long value, CancellationToken ct) => InTransactionAsync(async scope =>
    {
        await using var cmd = Command(scope,
            "INSERT INTO counters (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            PgJobRows.Text(name), PgJobRows.Long(value));
        return await cmd.ExecuteNonQueryAsync(ct);
    }, ct);

    /// <summary>Adds within a write transaction (e.g. the commit of a job that saved bytes). Sorted names: no deadlocks between nodes.</summary>
    private static async Task AddToCountersAsync(WriteScope scope, IReadOnlyDictionary<string, long> deltas, CancellationToken ct)
    {
        var ordered = deltas.OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
        await using var cmd = Command(scope, AddCountersSql,
            PgJobRows.TextArray([.. ordered.Select(d => d.Key)]),
            new NpgsqlParameter { Value = ordered.Select(d => d.Value).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<(long Session, long Lifetime)> ReadByteCountersAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var counters = (await connection.QueryAsync<(string Name, long Value)>(new CommandDefinition(
            "SELECT name, value FROM counters WHERE name IN (@session, @lifetime)",
            new { session = Counters.SessionBytesSaved, lifetime = Counters.LifetimeBytesSaved }, cancellationToken: ct)))
            .ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);
        return (counters.GetValueOrDefault(Counters.SessionBytesSaved), counters.GetValueOrDefault(Counters.LifetimeBytesSaved));
    }
}
