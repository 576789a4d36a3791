using System.Globalization;
using System.Reflection;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order, each once, in one transaction
/// under a transaction-scoped advisory lock: nodes starting at once wait for each other and the
/// schema is migrated exactly once.
/// </summary>
internal static class PgMigrator
{
    /// <summary>Advisory lock key of migrations ("MJ-MIGR").</summary>
    private const long LockKey = 0x4D4A_2D4D_4947_52;

    public static async Task ApplyAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({LockKey.ToString(CultureInfo.InvariantCulture)})", ct);
        await ExecuteAsync(connection, tx, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version     integer     NOT NULL PRIMARY KEY,
              name        text        NOT NULL,
              applied_utc timestamptz NOT NULL
            )
            """, ct);
        var applied = new HashSet<int>();
        await using (var cmd = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, tx))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetInt32(0));
            }
        }
        foreach (var (version, name, sql) in Scripts())
        {
            if (applied.Contains(version))
            {
                continue;
            }
            await ExecuteAsync(connection, tx, sql, ct);
            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, applied_utc) VALUES ($1, $2, $3)", connection, tx);
            record.Parameters.Add(PgJobRows.Int(version));
            record.Parameters.Add(PgJobRows.Text(name));
            record.Parameters.Add(PgJobRows.Time(now));
            await record.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>The embedded scripts, ordered by their number.</summary>
    internal static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(PgMigrator).Assembly;
        const string Prefix = "MediaJobs.Storage.Postgres.Migrations.";
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var name = resource[Prefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            scripts.Add((version, name, ReadResource(assembly, resource)));
        }
        return scripts.OrderBy(s => s.Item1);
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
