using MediaJobs.Server.Health;

namespace MediaJobs.Server.DiskSpace;

/// <summary>The disk-space watch: options, the probe, the monitor and its readiness check.</summary>
public static class DiskSpaceServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsDiskSpace(this IServiceCollection services)
    {
        services.AddOptions<DiskSpaceOptions>().BindConfiguration(DiskSpaceOptions.SectionName);
        services.AddSingleton<IFreeSpaceProbe, DriveFreeSpaceProbe>();
        services.AddSingleton<DiskFullMonitor>();
        services.AddHealthChecks().AddCheck<DiskSpaceHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
