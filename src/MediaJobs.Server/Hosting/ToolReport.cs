using System.Collections.Concurrent;
using MediaJobs.Media.Tools;

namespace MediaJobs.Server.Hosting;

/// <summary>
/// The tools preflight (it spawns ten tool processes), run once per process for each set of tool paths and shared.
/// A server is one host per process, so this is the per-host cache it always was; a process that hosts many servers
/// (the test suite starts hundreds) no longer pays ten spawns per server.
/// </summary>
public sealed class ToolReport(ToolPreflight preflight, ToolLocator locator)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<ToolCapabilities>>> Reports = new(StringComparer.Ordinal);

    public Task<ToolCapabilities> GetAsync(CancellationToken ct)
    {
        var paths = string.Join('\n', Enum.GetValues<MediaTool>().Select(t => locator.TryFind(t) ?? "-" + locator.Options.PathOf(t)));
        var report = Reports.GetOrAdd(paths, _ => new Lazy<Task<ToolCapabilities>>(() => preflight.RunAsync(CancellationToken.None)));
        return report.Value.WaitAsync(ct);
    }
}
