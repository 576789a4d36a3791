using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>What only the SQLite store promises: its file, its migrations, its writer's shutdown.</summary>
public sealed class SqliteJobStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mediajobs-sqlite-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task InitializeAsync_MissingFolderAndRepeatedStarts_CreatesFileAndAppliesEachMigrationOnce()
    {
        var path = Path.Combine(_folder, "nested", "mediajobs.db");

        for (var i = 0; i < 2; i++)
        {
            await using var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed());
            await store.InitializeAsync(CancellationToken.None);
            await store.InitializeAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), MIN(version) FROM schema_migrations";
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(3, reader.GetInt64(0)); // 0001_initial, 0002_webhooks, 0003_nodes
        Assert.Equal(1, reader.GetInt64(1));
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await mode.ExecuteScalarAsync());
    }

    [Fact]
    public async Task DisposeAsync_WritesStillQueued_DrainsThemBeforeClosing()
    {
        var path = Path.Combine(_folder, "drain.db");
        var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        var jobs = Enumerable.Range(0, 300).Select(_ => new Job { Id = Guid.CreateVersion7().ToString(), Type = "video", CreatedUtc = T0 }).ToArray();

        var writes = jobs.Select(j => store.EnqueueAsync([j], null,
            [new NewJobEvent(j.Id, JobEventTypes.JobStatus, EventLevel.Info, "Queued", [], T0)], CancellationToken.None)).ToArray();
        await store.DisposeAsync();

        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(30));
        await using var reopened = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed());
        await reopened.InitializeAsync(CancellationToken.None);
        Assert.Equal(300, (await reopened.GetStatsAsync(null, CancellationToken.None)).Count(JobStatus.Queued));
        Assert.Equal(300, await reopened.GetLastEventIdAsync(CancellationToken.None));
        Assert.Equal(300, reopened.Feed.LastPublishedId);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync(jobs[0].Id, CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.RequestCancelAsync(jobs[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimAsync_ManyAtOnce_UsesTheMultiRowFormAndStillOrders()
    {
        await using var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "claim.db") }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        var jobs = Enumerable.Range(0, 10).Select(i => new Job { Id = Guid.CreateVersion7().ToString(), Type = "video", Priority = i % 2, CreatedUtc = T0 }).ToArray();
        await store.EnqueueAsync(jobs, null, [], CancellationToken.None);

        var claimed = await store.ClaimAsync(new ClaimRequest("w", "video", 4, T0, T0.AddMinutes(1)), CancellationToken.None);

        Assert.Equal([jobs[1].Id, jobs[3].Id, jobs[5].Id, jobs[7].Id], claimed.Select(j => j.Id));
    }

    [Fact]
    public async Task Migration0002_OnADatabaseWithHistory_KeepsJobsAndStartsWebhooksAfterTheExistingEvents()
    {
        var path = Path.Combine(_folder, "upgrade.db");
        var job = new Job { Id = Guid.CreateVersion7().ToString(), Type = "video", CreatedUtc = T0 };
        await using (var before = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed()))
        {
            await before.InitializeAsync(CancellationToken.None);
            await before.EnqueueAsync([job], null,
                [new NewJobEvent(job.Id, JobEventTypes.JobStatus, EventLevel.Info, "Queued", [], T0), new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, "x", [], T0)],
                CancellationToken.None);
        }
        // Back to the 0001 schema, as a database from before webhooks.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "DROP TABLE webhook_deliveries; ALTER TABLE jobs DROP COLUMN webhook; " +
                "DELETE FROM settings WHERE key = 'webhook_cursor'; DELETE FROM schema_migrations WHERE version = 2;";
            await cmd.ExecuteNonQueryAsync();
        }

        await using var after = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed());
        await after.InitializeAsync(CancellationToken.None);

        Assert.Equal(2, await after.GetWebhookCursorAsync(CancellationToken.None));
        var read = await after.GetAsync(job.Id, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Null(read.Webhook);
        Assert.Empty(await after.ListWebhookDeliveriesAsync(job.Id, CancellationToken.None));
    }
}
