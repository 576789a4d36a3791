using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaJobs.Bench;

/// <summary>One node as the server composes it: its own store (pool, listener, signals) and engine, on a shared database.</summary>
internal sealed class PostgresNode : IAsyncDisposable
{
    private readonly string _root;
    private long _readUpTo;
    private int _succeeded;

    private PostgresNode(string root, PostgresJobStore store, JobEngine engine, JobService service)
    {
        _root = root;
        Store = store;
        Engine = engine;
        Service = service;
    }

    public PostgresJobStore Store { get; }
    public JobEngine Engine { get; }
    public JobService Service { get; }

    public static async Task<PostgresNode> StartAsync(string connectionString, string name, int noopConcurrency, int writerConnections)
    {
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var signals = new StoreSignals();
        var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = connectionString, WriterConnections = writerConnections }, new EventFeed(), signals);
        await store.InitializeAsync(CancellationToken.None);
        var options = new EngineOptions { NodeName = name };
        options.Concurrency[NoopPipeline.TypeName] = noopConcurrency;
        var layout = new DataLayout(root);
        var registry = new PipelineRegistry([new NoopPipeline()]);
        var engine = new JobEngine(store, registry, layout, options, TimeProvider.System, NullLogger<JobEngine>.Instance, signals: signals);
        var service = new JobService(store, registry, engine, options, TimeProvider.System);
        await engine.StartAsync(CancellationToken.None);
        return new PostgresNode(root, store, engine, service);
    }

    /// <summary>
    /// Waits until the given number of jobs succeeded, counted from the event log as a tailing reader would (each
    /// page once), not by counting the jobs table per look, which would cost the cluster more than the jobs.
    /// </summary>
    public async Task WaitForSucceededAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var seen = Store.Feed.LastPublishedId;
            while (await Store.ReadEventsAsync(new EventQuery(null, _readUpTo, 1000), cts.Token) is { Count: > 0 } page)
            {
                _succeeded += page.Count(e => e.Type == JobEventTypes.JobCompleted);
                _readUpTo = page[^1].Id;
            }
            if (_succeeded >= count)
            {
                return;
            }
            await Store.Feed.WaitAsync(seen, TimeSpan.FromMilliseconds(100), TimeProvider.System, cts.Token);
            if (count > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cts.Token);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.StopAsync(CancellationToken.None);
        Engine.Dispose();
        await Store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
