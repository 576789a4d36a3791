using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres;
using MediaJobs.Storage.Relational;
using MediaJobs.Testing;
using Npgsql;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// A database made by the code before migration 0006 (schema 0001–0005, jobs in it) upgrades in place: its counts,
/// indexes and text index are built from the rows already there. One made before 0007 (counts kept by triggers, some
/// deltas not folded yet) keeps exact counts once its writes keep them instead.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class PostgresHistoryUpgradeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public async Task InitializeAsync_OnASchema5DatabaseWithJobs_BuildsCountsAndSearchFromTheRows()
    {
        var database = await MigratedDatabaseAsync(5);
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

    [Fact]
    public async Task InitializeAsync_OnASchema6DatabaseWithUnfoldedDeltas_FoldsThemAndKeepsCountingWithoutTriggers()
    {
        var database = await MigratedDatabaseAsync(6);
        // Schema 6's triggers append one delta row per statement and key; some are not folded yet.
        await PostgresAdmin.ExecuteAsync(database,
            "INSERT INTO jobs (id, type, preset, status, queue_order, owner, created_utc, input) VALUES " +
            "('old-1', 'video', 'p', 'Queued', 1, 'alice', '2026-03-04T05:06:07Z', '{\"topic\":\"striped zebra\"}'), " +
            "('old-2', 'video', 'p', 'Queued', 2, NULL, '2026-03-04T05:06:08Z', '{}'), " +
            "('old-3', 'video', 'p', 'Succeeded', 3, 'alice', '2026-03-04T05:06:09Z', '{}'); " +
            "UPDATE jobs SET status = 'Failed' WHERE id = 'old-2'; DELETE FROM jobs WHERE id = 'old-3'");

        await using var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = database }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        var claimed = Assert.Single(await store.ClaimAsync(new ClaimRequest("w1", "video", 5, T0, T0.AddMinutes(1)), CancellationToken.None));
        claimed.Status = JobStatus.Succeeded;
        Assert.True((await store.CommitAsync(new JobCommit(claimed, claimed.Version, []), CancellationToken.None)).Committed);

        var counts = await store.CountJobsAsync(CancellationToken.None);
        Assert.Equal(["video/Failed=1", "video/Succeeded=1"], counts.Select(c => $"{c.Type}/{c.Status}={c.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(1, (await store.GetStatsAsync("alice", CancellationToken.None)).Total);
        Assert.Equal(["old-1"], (await store.ListAsync(new JobQuery { Text = "zebra" }, CancellationToken.None)).Items.Select(j => j.Id));
        Assert.Equal(0L, await PostgresAdmin.ScalarAsync<long>(database, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'jobs'::regclass"));
    }

    private static async Task<string> MigratedDatabaseAsync(int version)
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync("upgrade");
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var scripts = MigrationScript.Embedded(typeof(PostgresJobStore).Assembly, "MediaJobs.Storage.Postgres.Migrations.").Where(s => s.Version <= version);
        await SchemaMigrator.ApplyAsync(connection, new MigrationDialect(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL)",
            now => now.ToUniversalTime()), scripts, T0, CancellationToken.None);
        return database;
    }
}
