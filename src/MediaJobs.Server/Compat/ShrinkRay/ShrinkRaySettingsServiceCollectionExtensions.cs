using MediaJobs.Core.Configuration;
using MediaJobs.Core.Hosting;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Shrinkray's <c>/api/config</c> and its one own runtime setting (<see cref="ShrinkRayOptions"/>).</summary>
internal static class ShrinkRaySettingsServiceCollectionExtensions
{
    public static IServiceCollection AddShrinkRaySettings(this IServiceCollection services)
    {
        services.AddValidatedOptions<ShrinkRayOptions>(ShrinkRayOptions.SectionName);
        services.AddRuntimeSettings<ShrinkRayOptions>(ShrinkRayOptions.SectionName, nameof(ShrinkRayOptions.KeepOriginals));
        services.AddSingleton<ShrinkRayConfig>();
        return services;
    }
}
