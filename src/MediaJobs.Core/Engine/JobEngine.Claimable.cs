using MediaJobs.Core.Nodes;
using MediaJobs.Core.Pipelines;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

// Which job types this node claims: those with a concurrency above 0 whose required tools it has.
public sealed partial class JobEngine
{
    private readonly INodeTools? _tools;
    private IReadOnlyList<IJobPipeline>? _claimable;
    private IReadOnlySet<string>? _availableTools;

    /// <summary>
    /// The job types this node claims, with their limits; null until the node's tool check has answered
    /// (until then the node claims nothing that needs a tool).
    /// </summary>
    public IReadOnlyDictionary<string, int>? ClaimableTypes =>
        _claimable?.ToDictionary(p => p.Type, _options.ConcurrencyFor, StringComparer.Ordinal);

    private async ValueTask<IReadOnlyList<IJobPipeline>> ClaimableAsync(CancellationToken ct)
    {
        if (_claimable is { } known)
        {
            return known;
        }
        var available = _availableTools = await AvailableToolsAsync(ct);
        var claimable = new List<IJobPipeline>();
        foreach (var pipeline in _pipelines.All.Where(p => _options.ConcurrencyFor(p) > 0))
        {
            var missing = available is null ? [] : pipeline.RequiredTools.Where(t => !available.Contains(t)).ToList();
            if (missing.Count == 0)
            {
                claimable.Add(pipeline);
            }
            else
            {
                LogTypeSkipped(_logger, pipeline.Type, string.Join(", ", missing));
            }
        }
        return _claimable = claimable;
    }

    /// <summary>Null when nothing is known (no tool check, or it failed): then every configured type is claimed, as before.</summary>
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "This node claims no {Type} jobs: {Missing} not found (other nodes run them)")]
    private static partial void LogTypeSkipped(ILogger logger, string type, string missing);
}
