using System.Reflection;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Nodes;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Hosting;

namespace MediaJobs.Server.Nodes;

/// <summary>
/// Registers this node in the store at start and refreshes its row every heartbeat: name, host,
/// version, start time, the job types it claims with their limits, its tools, and what its job types declare they
/// can do here (<see cref="Core.Pipelines.IJobPipeline.ProbeNodeCapabilitiesAsync"/>, e.g. encoders).
/// </summary>
public sealed partial class NodeHeartbeatService(
    IJobStore store,
    JobEngine engine,
    PipelineRegistry pipelines,
    EngineOptions options,
    ToolReport tools,
    TimeProvider time,
    ILogger<NodeHeartbeatService> logger) : BackgroundService
{
    private readonly DateTimeOffset _started = time.GetUtcNow();
    private volatile IReadOnlyList<string> _capabilities = [];

    public static string Version { get; } =
        typeof(NodeHeartbeatService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Registered before the host has started: a node that serves requests is always listed.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.UpsertNodeAsync(Describe(), cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>
    /// The beat runs on its own thread and blocks on the store (whose writer thread completes the call), so a starved
    /// thread pool cannot make a live node look gone to the others.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Registered before the tool preflight ends; a later beat adds the capabilities.
        _ = ReadCapabilitiesAsync(stoppingToken);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Beat(stoppingToken);
            }
            finally
            {
                done.TrySetResult();
            }
        })
        { IsBackground = true, Name = "MediaJobs node heartbeat" };
        thread.Start();
        return done.Task;
    }

    private void Beat(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                store.UpsertNodeAsync(Describe(), stoppingToken).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBeatFailed(logger, ex);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (time == TimeProvider.System)
            {
                stoppingToken.WaitHandle.WaitOne(options.HeartbeatInterval);
            }
            else
            {
                try
                {
                    Task.Delay(options.HeartbeatInterval, time, stoppingToken).Wait(stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private NodeInfo Describe() => new(
        options.NodeName,
        Environment.MachineName,
        Environment.ProcessId,
        Version,
        engine.WorkerId,
        _started,
        time.GetUtcNow(),
        // Once the tool check has answered, only the types this node can run; until then the configured ones.
        engine.ClaimableTypes ?? pipelines.All.Where(p => options.ConcurrencyFor(p) > 0).ToDictionary(p => p.Type, options.ConcurrencyFor, StringComparer.Ordinal),
        _capabilities);

    private async Task ReadCapabilitiesAsync(CancellationToken ct)
    {
        try
        {
            var report = await tools.GetAsync(ct);
            var declared = await Task.WhenAll(pipelines.All.Select(p => p.ProbeNodeCapabilitiesAsync(ct)));
            _capabilities = [.. report.Tools.Where(t => t.IsAvailable).Select(t => t.Tool.ToString().ToLowerInvariant())
                .Concat(declared.SelectMany(c => c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPreflightFailed(logger, ex);
            _capabilities = ["preflight-failed"];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node heartbeat failed; retrying at the next beat")]
    private static partial void LogBeatFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tool preflight failed; the node registers without capabilities")]
    private static partial void LogPreflightFailed(ILogger logger, Exception ex);
}
