using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>The migration loop both stores share, on an in-memory SQLite database.</summary>
[Trait("Tier", "Fast")]
public sealed class SchemaMigratorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static readonly MigrationDialect Dialect = new(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)",
        AppliedTime: now => now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Task InitializeAsync() => _connection.OpenAsync();

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task ApplyAsync_Twice_RunsEachScriptOnceInOrderAndRecordsIt()
    {
        MigrationScript[] scripts =
        [
            new(1, "0001_a", "CREATE TABLE a (x INTEGER)"),
            new(2, "0002_a_row", "INSERT INTO a VALUES (1)"),
        ];

        await SchemaMigrator.ApplyAsync(_connection, Dialect, scripts, T0, CancellationToken.None);
        await SchemaMigrator.ApplyAsync(_connection, Dialect, scripts, T0.AddDays(1), CancellationToken.None);

        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM a"));
        Assert.Equal("0001_a,0002_a_row", await ScalarAsync("SELECT group_concat(name, ',') FROM (SELECT name FROM schema_migrations ORDER BY version)"));
        Assert.Equal("2026-03-04T05:06:07.0000000+00:00", await ScalarAsync("SELECT MAX(applied_utc) FROM schema_migrations"));
    }

    [Fact]
    public async Task ApplyAsync_AScriptFails_LeavesTheSchemaAsItWas()
    {
        MigrationScript[] scripts =
        [
            new(1, "0001_a", "CREATE TABLE a (x INTEGER)"),
            new(2, "0002_broken", "INSERT INTO missing VALUES (1)"),
        ];

        await Assert.ThrowsAsync<SqliteException>(() => SchemaMigrator.ApplyAsync(_connection, Dialect, scripts, T0, CancellationToken.None));

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'schema_migrations')"));
    }

    [Fact]
    public void Embedded_TheStoresScripts_AreNumberedInOrderFromOne()
    {
        var sqlite = MigrationScript.Embedded(typeof(Sqlite.SqliteJobStore).Assembly, "MediaJobs.Storage.Sqlite.Migrations.");
        var postgres = MigrationScript.Embedded(typeof(Postgres.PostgresJobStore).Assembly, "MediaJobs.Storage.Postgres.Migrations.");

        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite.Select(s => s.Version));
        Assert.Equal(Enumerable.Range(1, postgres.Count), postgres.Select(s => s.Version));
        Assert.Equal("0001_initial", sqlite[0].Name);
        Assert.Contains("CREATE TABLE", postgres[0].Sql, StringComparison.Ordinal);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }
}
