using MediaJobs.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaJobs.Server.Health;

/// <summary>Ready only when the store answers a read.</summary>
public sealed class StoreHealthCheck(IJobStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var last = await store.GetLastEventIdAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store answered (last event id {last}).");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store did not answer.", ex);
        }
    }
}
