using MediaJobs.Core.Engine;
using MediaJobs.Core.Hosting;
using MediaJobs.Server.Health;

namespace MediaJobs.Server.DiskSpace;

/// <summary>The disk-space watch: options, the probe, the monitor, its readiness check and the guard that holds jobs back.</summary>
public static class DiskSpaceServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsDiskSpace(this IServiceCollection services)
    {
        services.AddValidatedOptions<DiskSpaceOptions>(DiskSpaceOptions.SectionName);
        services.AddSingleton<IFreeSpaceProbe, DriveFreeSpaceProbe>();
        services.AddSingleton<DiskFullMonitor>();
        services.AddSingleton<DiskGuard>();
        services.AddSingleton<IRunGuard>(sp => sp.GetRequiredService<DiskGuard>());
        services.AddHealthChecks().AddCheck<DiskSpaceHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
