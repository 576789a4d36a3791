using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using MediaJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// A database made by the code before migration 0007 (schema 0001–0006, jobs in it) upgrades in place: its counts,
/// indexes and text index are built from the rows already there.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SqliteHistoryUpgradeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mediajobs-sqlite-tests", Guid.NewGuid().ToString("N") + ".db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task InitializeAsync_OnASchema6DatabaseWithJobs_BuildsCountsAndSearchFromTheRows()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            var scripts = MigrationScript.Embedded(typeof(SqliteJobStore).Assembly, "MediaJobs.Storage.Sqlite.Migrations.").Where(s => s.Version <= 6);
            await SchemaMigrator.ApplyAsync(connection, new MigrationDialect(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)",
                now => SqliteTime.ToDb(now)), scripts, T0, CancellationToken.None);
            await using var insert = connection.CreateCommand();
            insert.CommandText =
                "INSERT INTO jobs (id, type, preset, status, queue_order, owner, created_utc, input) VALUES " +
                $"('old-1', 'video', 'p', 'Succeeded', 1, 'alice', '{SqliteTime.ToDb(T0)}', '{{\"topic\":\"Old Caf\\u00e9 Tour\"}}'), " +
                $"('old-2', 'video', 'p', 'Failed', 2, NULL, '{SqliteTime.ToDb(T0.AddSeconds(1))}', '{{\"path\":\"/media/a.mkv\"}}'), " +
                $"('old-3', 'transcode', 'p', 'Succeeded', 3, 'alice', '{SqliteTime.ToDb(T0.AddSeconds(2))}', '{{}}')";
            await insert.ExecuteNonQueryAsync();
        }

        await using var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = _path }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);

        var stats = await store.GetStatsAsync(null, CancellationToken.None);
        var alice = await store.ListAsync(new JobQuery { Owner = "alice", Statuses = [JobStatus.Succeeded] }, CancellationToken.None);
        var search = await store.ListAsync(new JobQuery { Text = "old café" }, CancellationToken.None);
        Assert.Equal((2, 1), (stats.Count(JobStatus.Succeeded), stats.Count(JobStatus.Failed)));
        Assert.Equal(2, alice.Total);
        Assert.Equal(["old-3", "old-1"], alice.Items.Select(j => j.Id));
        Assert.Equal(["old-1"], search.Items.Select(j => j.Id));
        Assert.Equal(["old-2"], (await store.ListAsync(new JobQuery { Text = "A.MKV" }, CancellationToken.None)).Items.Select(j => j.Id));
    }
}
