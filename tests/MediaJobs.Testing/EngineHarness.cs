using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaJobs.Testing;

/// <summary>A real engine on a real SQLite file in a temp folder, with fast intervals.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private bool _started;

    private EngineHarness(string root, SqliteJobStore store, EngineOptions options, PipelineRegistry registry)
    {
        Root = root;
        Store = store;
        Options = options;
        Layout = new DataLayout(root);
        Engine = new JobEngine(store, registry, Layout, options, TimeProvider.System, NullLogger<JobEngine>.Instance);
        Service = new JobService(store, registry, Engine, options, TimeProvider.System);
    }

    public string Root { get; }
    public SqliteJobStore Store { get; }
    public EngineOptions Options { get; }
    public DataLayout Layout { get; }
    public JobEngine Engine { get; }
    public JobService Service { get; }

    public static async Task<EngineHarness> CreateAsync(Action<EngineOptions>? configure, params IJobPipeline[] pipelines)
    {
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return await CreateAtAsync(root, configure, pipelines);
    }

    /// <summary>Opens a second engine on the same folder (a restart).</summary>
    public static async Task<EngineHarness> CreateAtAsync(string root, Action<EngineOptions>? configure, params IJobPipeline[] pipelines)
    {
        var options = new EngineOptions
        {
            NodeName = "test-node",
            PollInterval = TimeSpan.FromMilliseconds(50),
            HeartbeatInterval = TimeSpan.FromMilliseconds(100),
            LeaseDuration = TimeSpan.FromSeconds(2),
            RescueInterval = TimeSpan.FromMilliseconds(100),
            ProgressInterval = TimeSpan.FromMilliseconds(100),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            DefaultConcurrency = 1,
        };
        configure?.Invoke(options);
        var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(root, "mediajobs.db") }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        return new EngineHarness(root, store, options, new PipelineRegistry(pipelines));
    }

    public async Task StartAsync()
    {
        _started = true;
        await Engine.StartAsync(CancellationToken.None);
    }

    public Task<Job> SubmitAsync(string type, int priority = 0, string? preset = null) =>
        SubmitAsync(new JobSubmission { Type = type, Priority = priority, Preset = preset });

    public Task<Job> SubmitAsync(JobSubmission submission) => Service.SubmitAsync(submission, CancellationToken.None);

    /// <summary>Waits, on the event feed rather than the clock, until an event of the job matches.</summary>
    public async Task<JobEvent> WaitForEventAsync(string jobId, Func<JobEvent, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        long after = 0;
        while (true)
        {
            var seen = Store.Feed.LastPublishedId;
            foreach (var e in await Store.ReadEventsAsync(new EventQuery(jobId, after, 1000), cts.Token))
            {
                after = e.Id;
                if (match(e))
                {
                    return e;
                }
            }
            try
            {
                await Store.Feed.WaitAsync(seen, TimeSpan.FromMilliseconds(200), TimeProvider.System, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching event of job {jobId} arrived");
            }
        }
    }

    /// <summary>Waits, on the event feed rather than the clock, until the job reaches the status.</summary>
    public Task<Job> WaitForStatusAsync(string jobId, JobStatus status, TimeSpan? timeout = null) =>
        WaitForJobAsync(jobId, j => j.Status == status, status.ToString(), timeout);

    /// <summary>Waits, on the event feed rather than the clock, until the job has a final status, whichever it is.</summary>
    public Task<Job> WaitForFinalAsync(string jobId, TimeSpan? timeout = null) =>
        WaitForJobAsync(jobId, j => j.Status.IsFinal(), "a final status", timeout);

    private async Task<Job> WaitForJobAsync(string jobId, Func<Job, bool> reached, string what, TimeSpan? timeout)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            var seen = Store.Feed.LastPublishedId;
            var job = await Store.GetAsync(jobId, cts.Token) ?? throw new InvalidOperationException($"job {jobId} vanished");
            if (reached(job))
            {
                return job;
            }
            try
            {
                await Store.Feed.WaitAsync(seen, TimeSpan.FromMilliseconds(200), TimeProvider.System, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"job {jobId} is {job.Status} ({job.Message}), never reached {what}");
            }
        }
    }

    public async Task<IReadOnlyList<JobEvent>> EventsAsync(string jobId) =>
        await Store.ReadEventsAsync(new EventQuery(jobId, 0, 10_000), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Engine.StopAsync(CancellationToken.None);
        }
        Engine.Dispose();
        await Store.DisposeAsync();
    }

    public void DeleteFiles()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
