using System.Collections.Concurrent;
using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Nodes;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaJobs.Core.Engine;

/// <summary>
/// The worker pool of one node: claims queued jobs within per-type limits, runs them, keeps their
/// leases alive, and requeues jobs whose worker died (their lease ran out, or this node restarted).
/// </summary>
public sealed partial class JobEngine : BackgroundService
{
    private readonly IJobStore _store;
    private readonly PipelineRegistry _pipelines;
    private readonly EngineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<JobEngine> _logger;
    private readonly TaskCompletionSource _folderSweep = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly JobRunner _runner;
    private readonly ConcurrentDictionary<string, RunControl> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _runTasks = new(StringComparer.Ordinal);
    private readonly WakeSignal _wake = new();
    private readonly SoloGate _solo = new();
    private volatile bool _paused;

    private readonly DataLayout _layout;
    private readonly IStrayProcessReaper? _reaper;
    private readonly MediaJobsMetrics? _metrics;
    private readonly IReadOnlyList<IRunGuard> _guards;
    private readonly IOptionsMonitor<EngineOptions>? _liveOptions;

    public JobEngine(
        IJobStore store,
        PipelineRegistry pipelines,
        DataLayout layout,
        EngineOptions options,
        TimeProvider time,
        ILogger<JobEngine> logger,
        IStrayProcessReaper? reaper = null,
        MediaJobsMetrics? metrics = null,
        StoreSignals? signals = null,
        IEnumerable<IRunGuard>? guards = null,
        INodeTools? tools = null,
        IOptionsMonitor<EngineOptions>? liveOptions = null)
    {
        _liveOptions = liveOptions;
        // A raised worker count claims at once rather than at the next poll.
        liveOptions?.OnChange(_ => Wake());
        _tools = tools;
        _guards = [.. guards ?? []];
        _metrics = metrics;
        _layout = layout;
        _reaper = reaper;
        _store = store;
        _pipelines = pipelines;
        _options = options;
        _time = time;
        _logger = logger;
        Cleaner = new JobCleaner(store, pipelines, layout, logger);
        _runner = new JobRunner(store, pipelines, layout, Cleaner, options, time, logger, metrics);
        WorkerId = $"{options.NodeName}/{Guid.NewGuid():N}";
        if (signals is not null)
        {
            ListenTo(signals);
        }
    }

    /// <summary>This process's lease owner name: node name, then a per-process id.</summary>
    public string WorkerId { get; }

    public bool IsPaused => _paused;

    /// <summary>Clean-up of what a job leaves on disk; the service uses it for cancels and clears of queued jobs.</summary>
    internal JobCleaner Cleaner { get; }

    /// <summary>Completes when the start-up sweep of deleted jobs' folders has finished (or failed).</summary>
    internal Task FolderSweepCompleted => _folderSweep.Task;

    public IReadOnlyCollection<string> RunningJobIds => [.. _running.Keys];

    /// <summary>Something was queued or a slot freed: look for work now rather than at the next poll.</summary>
    public void Wake() => _wake.Set();

    /// <summary>Stops a job running on this node. False when it does not run here.</summary>
    public bool TryStop(string jobId, StopReason reason)
    {
        if (!_running.TryGetValue(jobId, out var control))
        {
            return false;
        }
        control.Stop(reason);
        return true;
    }

    /// <summary>
    /// Waits until the job's run on this node has ended (its final status or its requeue is committed), at most
    /// <paramref name="timeout"/>. True when it ended or never ran here; false when it is still stopping.
    /// </summary>
    public async Task<bool> WaitForRunEndAsync(string jobId, TimeSpan timeout, CancellationToken ct)
    {
        if (!_runTasks.TryGetValue(jobId, out var run))
        {
            return true;
        }
        try
        {
            await run.WaitAsync(timeout, _time, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Waits until no job runs on this node any more (after a pause), at most <paramref name="timeout"/>. The count still running.</summary>
    public async Task<int> WaitForAllRunsEndAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(_runTasks.Values).WaitAsync(timeout, _time, ct);
        }
        catch (TimeoutException)
        {
            // Reported as the count below.
        }
        return _runTasks.Count;
    }

    /// <summary>Pausing stops running jobs and puts them back at the front of the queue.</summary>
    public void SetPaused(bool paused)
    {
        _paused = paused;
        if (paused)
        {
            StopAll(StopReason.Pause);
        }
        Wake();
    }

    /// <summary>The persisted pause is loaded before start returns, so the engine never runs a job it should hold.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _paused = string.Equals(await _store.GetSettingAsync(Settings.QueuePaused, cancellationToken), "true", StringComparison.Ordinal);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RecoverAsync(recoverOwnNode: true, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The heartbeat's periodic recovery tries again; the node still serves.
            _logger.LogError(ex, "Start-up recovery failed");
        }
        try
        {
            await Cleaner.SweepFinalJobsAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Leftovers stay until the next start; the node still serves.
            _logger.LogError(ex, "Start-up clean-up of final jobs failed");
        }
        // Lease renewal runs on its own thread: a busy thread pool must not cost a running job its lease.
        var leases = StartLeaseKeeper(stoppingToken);
        var maintenance = MaintenanceLoopAsync(stoppingToken);
        var guard = GuardLoopAsync(stoppingToken);
        // Beside the dispatch loop, not before it: one store read per job folder must not hold up a large
        // node's first claim, and a folder of a job the store still holds is never touched.
        var folders = SweepDeletedJobFoldersAsync(stoppingToken);
        try
        {
            await DispatchLoopAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
        await leases;
        await maintenance;
        await guard;
        await folders;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        StopAll(StopReason.Shutdown);
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_runTasks.Values).WaitAsync(cancellationToken);
    }

    private async Task DispatchLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            if (!_paused)
            {
                try
                {
                    await ClaimAndStartAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // A store hiccup must not stop the node: jobs stay queued and the next poll tries again.
                    _logger.LogError(ex, "Claiming jobs failed; retrying at the next poll");
                    await Task.Delay(_options.PollInterval, _time, ct);
                }
            }
            await _wake.WaitAsync(_options.PollInterval, _time, ct);
        }
    }

    private async Task ClaimAndStartAsync(CancellationToken ct)
    {
        var plan = await PlanClaimsAsync(ct);
        foreach (var pipeline in plan.Pipelines)
        {
            var type = pipeline.Type;
            var free = ConcurrencyFor(pipeline) - _running.Values.Count(r => r.Type == type);
            // While a job that must run alone waits or runs here, this node claims nothing else.
            if (free <= 0 || _solo.HasAlone || await IsHeldAsync(type, ct))
            {
                continue;
            }
            var now = _time.GetUtcNow();
            var claimed = await _store.ClaimAsync(new ClaimRequest(WorkerId, type, free, now, now + _options.LeaseDuration) { ExcludedTools = plan.Excluded }, ct);
            _metrics?.Claimed(type, claimed.Count);
            // Jobs that may share the node start first, so one that must run alone waits for them, never the reverse.
            foreach (var job in claimed.OrderBy(MustRunAlone))
            {
                Start(job, now);
            }
        }
    }

    private void Start(Job job, DateTimeOffset leaseFrom)
    {
        var control = new RunControl(job.Id, job.Type, leaseFrom, MustRunAlone(job));
        var slot = control.RunsAlone ? _solo.EnterAloneAsync(control.Token) : _solo.EnterShared();
        _running[job.Id] = control;
        if (job.CancelRequested)
        {
            control.Stop(StopReason.Cancel);
        }
        else if (_paused)
        {
            control.Stop(StopReason.Pause);
        }
        _runTasks[job.Id] = Task.Run(async () =>
        {
            try
            {
                using var held = await slot;
                await _runner.RunAsync(job, control);
            }
            catch (Exception ex)
            {
                // The runner records failures on the job; this is the store itself failing.
                _logger.LogError(ex, "Running job {JobId} failed outside its steps", job.Id);
            }
            finally
            {
                _running.TryRemove(job.Id, out _);
                _runTasks.TryRemove(job.Id, out _);
                control.Dispose();
                Wake();
            }
        }, CancellationToken.None);
    }

    private void StopAll(StopReason reason)
    {
        foreach (var control in _running.Values)
        {
            control.Stop(reason);
        }
    }
}
