using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres;
using MediaJobs.Testing;

namespace MediaJobs.Storage.Conformance;

/// <summary>What only the PostgreSQL store promises: migrations across nodes, and hints between nodes.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class PostgresJobStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    private readonly List<PostgresJobStore> _stores = [];
    private string _database = "";

    public async Task InitializeAsync() => _database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync("pgstore");

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task InitializeAsync_FiveNodesStartingAtOnce_MigrateExactlyOnce()
    {
        var stores = Enumerable.Range(0, 5).Select(_ => New()).ToArray();

        await Task.WhenAll(stores.Select(s => s.InitializeAsync(CancellationToken.None))).WaitAsync(Timeout);

        var applied = await PostgresAdmin.ScalarAsync<long>(_database, "SELECT COUNT(*) FROM schema_migrations");
        var distinct = await PostgresAdmin.ScalarAsync<long>(_database, "SELECT COUNT(DISTINCT version) FROM schema_migrations");
        // 0001_initial, 0002_counters, 0003_nodes, 0004_owner_counters_trace_parent, 0005_required_tools, 0006_history, 0007_counts_in_writes, 0008_finished_index
        Assert.Equal(8, applied);
        Assert.Equal(applied, distinct);
        var secrets = await Task.WhenAll(stores.Select(s => s.GetSettingAsync("webhook_secret", CancellationToken.None)));
        Assert.Single(secrets.Distinct());
        Assert.StartsWith("whsec_", secrets[0]);
    }

    [Fact]
    public async Task Notifications_FromAnotherNode_WakeForJobsCancelsSettingsAndEvents()
    {
        var a = await StartedAsync();
        var b = await StartedAsync();
        var jobs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Signals.JobsAvailable += () => jobs.TrySetResult();
        var job = new Job { Id = Guid.CreateVersion7().ToString(), Type = "noop", CreatedUtc = T0 };

        var ids = await a.EnqueueAsync([job], null, [new NewJobEvent(job.Id, JobEventTypes.JobStatus, EventLevel.Info, "Queued", [], T0)], CancellationToken.None);
        await jobs.Task.WaitAsync(Timeout);
        await b.Feed.WaitAsync(ids[0] - 1, Timeout, TimeProvider.System, CancellationToken.None);
        Assert.True(b.Feed.LastPublishedId >= ids[0]);

        var cancel = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Signals.CancelRequested += id => cancel.TrySetResult(id);
        await a.RequestCancelAsync(job.Id, CancellationToken.None);
        Assert.Equal(job.Id, await cancel.Task.WaitAsync(Timeout));

        var setting = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Signals.SettingChanged += key => setting.TrySetResult(key);
        await a.SetSettingAsync(Settings.QueuePaused, "true", CancellationToken.None);
        Assert.Equal(Settings.QueuePaused, await setting.Task.WaitAsync(Timeout));
    }

    [Fact]
    public async Task Listener_ConnectionKilled_IsOpenedAgainAndEventsStillArrive()
    {
        var a = await StartedAsync();
        var b = await StartedAsync();
        var admin = (await PostgresCluster.SharedAsync()).AdminConnectionString;
        var database = new Npgsql.NpgsqlConnectionStringBuilder(_database).Database!;
        // Each store opens its listen connection in the background after InitializeAsync returns.
        Assert.Equal(2L, await WaitForListenersAsync(admin, database, b));

        await PostgresAdmin.ExecuteAsync(admin,
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND application_name = '{PostgresJobStore.ListenerApplicationName}'");
        var job = new Job { Id = Guid.CreateVersion7().ToString(), Type = "noop", CreatedUtc = T0 };
        var ids = await a.EnqueueAsync([job], null, [new NewJobEvent(job.Id, JobEventTypes.Log, EventLevel.Info, "after the cut", [], T0)], CancellationToken.None);

        // Polling carries the event meanwhile; then both listeners are back.
        await b.Feed.WaitAsync(ids[0] - 1, Timeout, TimeProvider.System, CancellationToken.None);
        Assert.True(b.Feed.LastPublishedId >= ids[0]);
        Assert.Equal(2L, await WaitForListenersAsync(admin, database, b));
        var woken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Signals.JobsAvailable += () => woken.TrySetResult();
        await a.EnqueueAsync([new Job { Id = Guid.CreateVersion7().ToString(), Type = "noop", CreatedUtc = T0 }], null, [], CancellationToken.None);
        await woken.Task.WaitAsync(Timeout);
    }

    /// <summary>The listen connections once there are two, or as many as there are when the timeout ends.</summary>
    private static async Task<long> WaitForListenersAsync(string admin, string database, PostgresJobStore pacer)
    {
        var deadline = DateTime.UtcNow + Timeout;
        long listeners;
        while ((listeners = await ListenersAsync(admin, database)) < 2 && DateTime.UtcNow < deadline)
        {
            // Nothing to wait on from outside: the feed's timeout paces the next look.
            await pacer.Feed.WaitAsync(long.MaxValue, TimeSpan.FromMilliseconds(100), TimeProvider.System, CancellationToken.None);
        }
        return listeners;
    }

    private static Task<long> ListenersAsync(string admin, string database) => PostgresAdmin.ScalarAsync<long>(admin,
        $"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '{database}' AND application_name = '{PostgresJobStore.ListenerApplicationName}'");

    private PostgresJobStore New()
    {
        var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = _database, PollInterval = TimeSpan.FromMilliseconds(200) }, new EventFeed());
        _stores.Add(store);
        return store;
    }

    private async Task<PostgresJobStore> StartedAsync()
    {
        var store = New();
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
