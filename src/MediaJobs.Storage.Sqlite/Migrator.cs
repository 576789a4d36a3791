using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts (<see cref="SchemaMigrator"/>). The transaction
/// begins IMMEDIATE, which holds the database's one write lock: two processes opening one file migrate in turn.
/// </summary>
internal static class Migrator
{
    private static readonly MigrationDialect Dialect = new(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version     INTEGER NOT NULL PRIMARY KEY,
          name        TEXT    NOT NULL,
          applied_utc TEXT    NOT NULL
        )
        """,
        AppliedTime: now => SqliteTime.ToDb(now));

    public static Task ApplyAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken ct) =>
        SchemaMigrator.ApplyAsync(connection, Dialect,
            MigrationScript.Embedded(typeof(Migrator).Assembly, "MediaJobs.Storage.Sqlite.Migrations."), now, ct);
}
