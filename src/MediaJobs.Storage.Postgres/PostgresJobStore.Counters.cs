using MediaJobs.Storage.Postgres.Writer;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Every counter statement of this store: named counters per owner (table owner_counters, migration 0004);
// '' is the owner of jobs without one, and of the bytes saved before counters were kept per owner.
public sealed partial class PostgresJobStore
{
    private const string AddCountersSql =
        "INSERT INTO owner_counters (owner, name, lifetime, session) " +
        "SELECT $1, n, d, d FROM unnest($2::text[], $3::bigint[]) AS t(n, d) " +
        "ON CONFLICT (owner, name) DO UPDATE SET lifetime = owner_counters.lifetime + excluded.lifetime, " +
        "session = owner_counters.session + excluded.session";

    public Task AddToCountersAsync(string? owner, IReadOnlyDictionary<string, long> deltas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deltas);
        if (deltas.Count == 0)
        {
            return Task.CompletedTask;
        }
        // Sorted names: two nodes adding to the same counters lock their rows in one order.
        var ordered = deltas.OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
        return WriteAsync(new StatementWrite([new PgStatement(AddCountersSql,
        [
            PgJobRows.Text(owner ?? ""),
            PgJobRows.TextArray([.. ordered.Select(d => d.Key)]),
            new NpgsqlParameter { Value = ordered.Select(d => d.Value).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint },
        ])], ct));
    }

    public Task ResetSessionCountersAsync(CancellationToken ct) =>
        WriteAsync(new StatementWrite([new PgStatement("UPDATE owner_counters SET session = 0 WHERE session <> 0", [])], ct));
}
