using System.Collections.Concurrent;
using MediaJobs.Media.Tools;

namespace MediaJobs.Server.Hosting;

/// <summary>
/// The tools preflight (it spawns ten tool processes), run once per process for each set of tool paths and shared.
/// A server is one host per process, so this is the per-host cache it always was; a process that hosts many servers
/// (the test suite starts hundreds) no longer pays ten spawns per server. The paths are resolved once per host, so
/// health checks and heartbeats do not search PATH again.
/// </summary>
public sealed class ToolReport
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<ToolCapabilities>>> Reports = new(StringComparer.Ordinal);

    private readonly Lazy<Task<ToolCapabilities>> _report;

    public ToolReport(ToolPreflight preflight, ToolLocator locator)
    {
        ArgumentNullException.ThrowIfNull(preflight);
        ArgumentNullException.ThrowIfNull(locator);
        _report = new(() =>
        {
            var paths = string.Join('\n', Enum.GetValues<MediaTool>().Select(t => locator.TryFind(t) ?? "-" + locator.Options.PathOf(t)));
            return Reports.GetOrAdd(paths, _ => new Lazy<Task<ToolCapabilities>>(() => preflight.RunAsync(CancellationToken.None))).Value;
        });
    }

    public Task<ToolCapabilities> GetAsync(CancellationToken ct) => _report.Value.WaitAsync(ct);
}
