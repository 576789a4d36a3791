using System.Globalization;
using MediaJobs.Storage.Relational;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts (<see cref="SchemaMigrator"/>) under a
/// transaction-scoped advisory lock: nodes starting at once wait for each other and the schema is migrated exactly once.
/// </summary>
internal static class PgMigrator
{
    /// <summary>Advisory lock key of migrations ("MJ-MIGR").</summary>
    private const long LockKey = 0x4D4A_2D4D_4947_52;

    private static readonly MigrationDialect Dialect = new(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version     integer     NOT NULL PRIMARY KEY,
          name        text        NOT NULL,
          applied_utc timestamptz NOT NULL
        )
        """,
        AppliedTime: now => PgTime.ToDb(now),
        LockSql: $"SELECT pg_advisory_xact_lock({LockKey.ToString(CultureInfo.InvariantCulture)})");

    public static Task ApplyAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken ct) =>
        SchemaMigrator.ApplyAsync(connection, Dialect,
            MigrationScript.Embedded(typeof(PgMigrator).Assembly, "MediaJobs.Storage.Postgres.Migrations."), now, ct);
}
