using MediaJobs.Core.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.DiskSpace;

/// <summary>
/// Degraded (still serving reads and streams) when the data directory's disk has less room than
/// <see cref="DiskSpaceOptions.MinFreeBytes"/> or a write found it full and none has succeeded since; the description says why.
/// </summary>
public sealed class DiskSpaceHealthCheck(DiskFullMonitor monitor, IFreeSpaceProbe probe, DataLayout layout, IOptions<DiskSpaceOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var free = probe.AvailableBytes(layout.DataDirectory);
        var data = new Dictionary<string, object> { ["dataDirectory"] = layout.DataDirectory, ["minFreeBytes"] = options.Value.MinFreeBytes };
        if (free is { } bytes)
        {
            data["freeBytes"] = bytes;
        }
        if (await monitor.RecheckAsync(cancellationToken) is { } full)
        {
            return HealthCheckResult.Degraded($"Storage is full: a write failed at {full.AtUtc:O} ({full.Reason}); writes answer 507 until space is freed.", data: data);
        }
        if (free < options.Value.MinFreeBytes)
        {
            return HealthCheckResult.Degraded($"Storage is nearly full: {free / (1024 * 1024)} MiB free under {layout.DataDirectory} (MediaJobs:DiskSpace:MinFreeBytes is {options.Value.MinFreeBytes / (1024 * 1024)} MiB).", data: data);
        }
        return HealthCheckResult.Healthy(free is null ? "Free space unknown; writes work." : $"{free / (1024 * 1024)} MiB free.", data);
    }
}
