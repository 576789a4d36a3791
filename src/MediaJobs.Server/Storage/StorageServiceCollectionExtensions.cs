using MediaJobs.Server.Health;

namespace MediaJobs.Server.Storage;

/// <summary>The disk-space watch: options, the probe, the monitor and its readiness check.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsStorageWatch(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddSingleton<IFreeSpaceProbe, DriveFreeSpaceProbe>();
        services.AddSingleton<StorageMonitor>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
