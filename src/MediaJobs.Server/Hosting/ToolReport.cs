using MediaJobs.Media.Tools;

namespace MediaJobs.Server.Hosting;

/// <summary>The tools preflight, run once per process and shared (it spawns ffmpeg a few times).</summary>
public sealed class ToolReport(ToolPreflight preflight)
{
    private readonly Lazy<Task<ToolCapabilities>> _report = new(() => preflight.RunAsync(CancellationToken.None));

    public Task<ToolCapabilities> GetAsync(CancellationToken ct) => _report.Value.WaitAsync(ct);
}
