using MediaJobs.Core.Nodes;
using MediaJobs.Core.Pipelines;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

// What this node claims. A job (or a whole job type) needing a tool this node lacks is left to the live
// nodes that have it. When no live node has it, this node runs the job anyway, so the job fails with the
// tool's own remediation instead of waiting in the queue for a node that will never come.
public sealed partial class JobEngine
{
    private readonly INodeTools? _tools;
    private IReadOnlySet<string>? _availableTools;
    private bool _toolsKnown;
    private ClaimPlan? _plan;

    private sealed record ClaimPlan(IReadOnlyList<IJobPipeline> Pipelines, IReadOnlySet<string> Excluded, DateTimeOffset Until);

    /// <summary>The job types this node claims now, with their limits; null before its first claim pass.</summary>
    public IReadOnlyDictionary<string, int>? ClaimableTypes =>
        _plan?.Pipelines.ToDictionary(p => p.Type, ConcurrencyFor, StringComparer.Ordinal);

    /// <summary>
    /// Worker counts are the one engine setting that may change at run time (runtime settings): read live, everything
    /// else from the start-up options.
    /// </summary>
    private int ConcurrencyFor(IJobPipeline pipeline) => (_liveOptions?.CurrentValue ?? _options).ConcurrencyFor(pipeline);

    /// <summary>Re-planned once per heartbeat interval: other nodes come and go.</summary>
    private async ValueTask<ClaimPlan> PlanClaimsAsync(CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        if (_plan is { } plan && now < plan.Until)
        {
            return plan;
        }
        if (!_toolsKnown)
        {
            _availableTools = await AvailableToolsAsync(ct);
            _toolsKnown = true;
        }
        var excluded = await ToolsLeftToOthersAsync(now, ct);
        var claimable = new List<IJobPipeline>();
        foreach (var pipeline in _pipelines.All.Where(p => ConcurrencyFor(p) > 0))
        {
            var leftToOthers = pipeline.RequiredTools.Where(excluded.Contains).ToList();
            if (leftToOthers.Count == 0)
            {
                claimable.Add(pipeline);
            }
            else if (_plan?.Pipelines.Contains(pipeline) != false)
            {
                LogTypeLeft(_logger, pipeline.Type, string.Join(", ", leftToOthers));
            }
        }
        return _plan = new ClaimPlan(claimable, excluded, now + _options.HeartbeatInterval);
    }

    /// <summary>Tools this node lacks that a live other node has: jobs needing one of them are theirs.</summary>
    private async Task<IReadOnlySet<string>> ToolsLeftToOthersAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (_availableTools is not { } available)
        {
            return new HashSet<string>();
        }
        var others = (await _store.ListNodesAsync(ct))
            .Where(n => n.Name != _options.NodeName && now - n.HeartbeatUtc < _options.LeaseDuration);
        return others.SelectMany(n => n.Capabilities).Where(c => !available.Contains(c)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Null when nothing is known (no tool check, or it failed): then this node claims every configured type.</summary>
    private async Task<IReadOnlySet<string>?> AvailableToolsAsync(CancellationToken ct)
    {
        if (_tools is null)
        {
            return null;
        }
        try
        {
            return await _tools.GetAvailableAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogToolCheckFailed(_logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The node's tool check failed; it claims every configured job type")]
    private static partial void LogToolCheckFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "This node leaves {Type} jobs to the live nodes that have {Missing}")]
    private static partial void LogTypeLeft(ILogger logger, string type, string missing);
}
