using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaJobs.Bench;

/// <summary>A real engine and SQLite store in a temp folder, as the server composes them.</summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private BenchEnvironment(string root, SqliteJobStore store, JobEngine engine, JobService service)
    {
        Root = root;
        Layout = new DataLayout(root);
        Store = store;
        Engine = engine;
        Service = service;
    }

    public string Root { get; }
    public DataLayout Layout { get; }
    public SqliteJobStore Store { get; }
    public JobEngine Engine { get; }
    public JobService Service { get; }

    public static Task<BenchEnvironment> CreateAsync(int noopConcurrency) =>
        CreateAsync(noopConcurrency, _ => [new NoopPipeline()]);

    /// <param name="pipelines">The job types to run, given the data layout of the new folder.</param>
    public static async Task<BenchEnvironment> CreateAsync(int noopConcurrency, Func<DataLayout, IReadOnlyList<IJobPipeline>> pipelines)
    {
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(root, "mediajobs.db") }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        var options = new EngineOptions { NodeName = "bench" };
        options.Concurrency[NoopPipeline.TypeName] = noopConcurrency;
        var layout = new DataLayout(root);
        var registry = new PipelineRegistry(pipelines(layout));
        var engine = new JobEngine(store, registry, layout, options, TimeProvider.System, NullLogger<JobEngine>.Instance);
        var service = new JobService(store, registry, engine, options, TimeProvider.System);
        return new BenchEnvironment(root, store, engine, service);
    }

    /// <summary>Waits on the event feed until the job is final.</summary>
    public async Task<Job> WaitForFinalAsync(string jobId, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var seen = Store.Feed.LastPublishedId;
            var job = await Store.GetAsync(jobId, cts.Token) ?? throw new InvalidOperationException("job vanished");
            if (job.Status.IsFinal())
            {
                return job;
            }
            await Store.Feed.WaitAsync(seen, TimeSpan.FromSeconds(1), TimeProvider.System, cts.Token);
        }
    }

    /// <summary>
    /// Waits until the given number of jobs succeeded. Counting scans the jobs table, so it runs at
    /// most every 50 ms to keep the measuring from competing with the engine it measures.
    /// </summary>
    public async Task WaitForSucceededAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var seen = Store.Feed.LastPublishedId;
            var stats = await Store.GetStatsAsync(null, cts.Token);
            if (stats.Count(JobStatus.Succeeded) >= count)
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
        Directory.Delete(Root, recursive: true);
    }
}
