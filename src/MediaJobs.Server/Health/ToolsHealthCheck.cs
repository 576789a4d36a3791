using MediaJobs.Media.Tools;
using MediaJobs.Server.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaJobs.Server.Health;

/// <summary>Ready only when FFmpeg and ffprobe are there; reports every tool's version and what is missing.</summary>
public sealed class ToolsHealthCheck(ToolReport report) : IHealthCheck
{
    private static readonly MediaTool[] Required = [MediaTool.Ffmpeg, MediaTool.Ffprobe];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var capabilities = await report.GetAsync(cancellationToken);
        var data = capabilities.Tools.ToDictionary(
            t => t.Name,
            t => (object)(t.IsAvailable ? $"{t.Version} ({t.Path})" : $"missing: {t.Problem}"));
        data["libvmaf"] = capabilities.HasFilter("libvmaf");
        var missing = Required.Where(t => !capabilities.IsAvailable(t)).ToList();
        return missing.Count == 0
            ? HealthCheckResult.Healthy($"FFmpeg {capabilities.FfmpegVersion}", data)
            : HealthCheckResult.Unhealthy($"Missing: {string.Join(", ", missing)}. Run scripts/setup.", data: data);
    }
}
