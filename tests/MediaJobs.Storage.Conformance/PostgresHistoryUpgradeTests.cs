using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Postgres;
using MediaJobs.Storage.Relational;
using MediaJobs.Testing;
using Npgsql;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// A database made by the code before migration 0006 (schema 0001–0005, jobs in it) upgrades in place: its counts,
/// indexes and text index are built from the rows already there.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class PostgresHistoryUpgradeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public async Task InitializeAsync_OnASchema5DatabaseWithJobs_BuildsCountsAndSearchFromTheRows()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync("upgrade");
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            var scripts = MigrationScript.Embedded(typeof(PostgresJobStore).Assembly, "MediaJobs.Storage.Postgres.Migrations.").Where(s => s.Version <= 5);
            await SchemaMigrator.ApplyAsync(connection, new MigrationDialect(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL)",
                now => now.ToUniversalTime()), scripts, T0, CancellationToken.None);
        }
        await PostgresAdmin.ExecuteAsync(database,
            "INSERT INTO jobs (id, type, preset, status, queue_order, owner, created_utc, input) VALUES " +
            "('old-1', 'video', 'p', 'Succeeded', 1, 'alice', '2026-03-04T05:06:07Z', '{\"topic\":\"Old Caf\\u00e9 Tour\"}'), " +
            "('old-2', 'video', 'p', 'Failed', 2, NULL, '2026-03-04T05:06:08Z', '{\"path\":\"/media/a.mkv\"}'), " +
            "('old-3', 'transcode', 'p', 'Succeeded', 3, 'alice', '2026-03-04T05:06:09Z', '{}')");

        await using var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = database }, new EventFeed());
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
