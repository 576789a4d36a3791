using MediaJobs.Core.Nodes;
using MediaJobs.Server.Hosting;

namespace MediaJobs.Server.Nodes;

/// <summary>The tools the start-up preflight found, by the lower-case names pipelines require them by.</summary>
public sealed class PreflightNodeTools(ToolReport report) : INodeTools
{
    public async Task<IReadOnlySet<string>> GetAvailableAsync(CancellationToken ct)
    {
        var tools = await report.GetAsync(ct);
        return tools.Tools.Where(t => t.IsAvailable).Select(t => t.Tool.ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
