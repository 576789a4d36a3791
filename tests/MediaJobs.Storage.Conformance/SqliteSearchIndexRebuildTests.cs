using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// The SQLite text index (jobs_fts, keyed by the jobs' rowids) out of step with its jobs — rows lost, or rowids
/// renumbered as a VACUUM may — is found at start and rebuilt, so search finds the jobs again; a consistent index
/// is left alone unless the rebuild is asked for.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SqliteSearchIndexRebuildTests : IAsyncLifetime
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

    [Theory]
    [InlineData("DELETE FROM jobs_fts WHERE rowid = (SELECT MAX(rowid) FROM jobs)")]
    [InlineData("DELETE FROM jobs_fts; INSERT INTO jobs_fts (rowid, id, text) SELECT rowid + 1000, id, 'stale' FROM jobs")]
    public async Task Start_WithTheIndexOutOfStep_RebuildsItAndSearchFindsTheJobsAgain(string damage)
    {
        await SeedAsync(3);
        await ExecuteAsync(damage);
        Assert.True(await PairedAsync() < 3);

        var (rebuilt, page) = await ListAsync(new SqliteStoreOptions { DatabasePath = _path }, "Clip-2");

        Assert.Equal(3, rebuilt);
        Assert.Equal(["job-2"], page.Items.Select(j => j.Id));
        Assert.Equal(3, await PairedAsync());
    }

    [Fact]
    public async Task Start_WithAConsistentIndex_LeavesIt_UnlessTheRebuildIsAsked()
    {
        await SeedAsync(2);

        var (left, _) = await ListAsync(new SqliteStoreOptions { DatabasePath = _path }, "clip-1");
        var (asked, page) = await ListAsync(new SqliteStoreOptions { DatabasePath = _path, RebuildSearchIndex = true }, "CLIP-1");

        Assert.Null(left);
        Assert.Equal(2, asked);
        Assert.Equal(["job-1"], page.Items.Select(j => j.Id));
    }

    private async Task SeedAsync(int count)
    {
        await using var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = _path }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        var jobs = Enumerable.Range(1, count).Select(i => new Job
        {
            Id = $"job-{i}",
            Type = "video",
            CreatedUtc = T0.AddSeconds(i),
            Input = new JsonObject { ["path"] = $"/media/clip-{i}.mkv" },
        }).ToArray();
        await store.EnqueueAsync(jobs, null, [], CancellationToken.None);
    }

    /// <summary>Jobs whose index row has their rowid and id.</summary>
    private async Task<long> PairedAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM jobs j JOIN jobs_fts f ON f.rowid = j.rowid AND f.id = j.id";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Starts a store on the file, searches once, and says how many jobs its start's rebuild indexed (null: none).</summary>
    private static async Task<(long? Rebuilt, JobPage Page)> ListAsync(SqliteStoreOptions options, string text)
    {
        await using var store = new SqliteJobStore(options, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        return (store.SearchIndexRebuilt, await store.ListAsync(new JobQuery { Text = text }, CancellationToken.None));
    }
}
