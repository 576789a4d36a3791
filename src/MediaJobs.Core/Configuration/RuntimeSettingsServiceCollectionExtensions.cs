using MediaJobs.Core.Hosting;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaJobs.Core.Configuration;

/// <summary>How a feature declares the settings it lets change at run time, and how the host adds the service.</summary>
public static class RuntimeSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Lets <paramref name="properties"/> of <typeparamref name="T"/> (paths under <paramref name="sectionName"/>, e.g.
    /// <c>HevcCrf</c>, <c>Pushover:Token</c>; a dictionary property allows each entry) change at run time through
    /// <see cref="RuntimeSettings"/>. Read them through <c>IOptionsMonitor&lt;T&gt;.CurrentValue</c>: <typeparamref name="T"/>
    /// resolved directly keeps its start-up values. <typeparamref name="T"/> must be registered with
    /// <see cref="ValidatedOptionsExtensions.AddValidatedOptions{T}"/>: its validators judge every change.
    /// </summary>
    public static IServiceCollection AddRuntimeSettings<T>(this IServiceCollection services, string sectionName, params string[] properties)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<RuntimeOverrides>();
        services.AddSingleton(sp => new RuntimeOverlay<T>(sectionName, sp.GetRequiredService<RuntimeOverrides>()));
        services.AddSingleton<IPostConfigureOptions<T>>(sp => sp.GetRequiredService<RuntimeOverlay<T>>());
        services.AddSingleton<IOptionsChangeTokenSource<T>>(sp => sp.GetRequiredService<RuntimeOverlay<T>>());
        services.AddSingleton<IRuntimeSection>(sp => new RuntimeSection<T>(
            sectionName,
            properties,
            sp.GetRequiredService<IOptionsMonitor<T>>(),
            sp.GetServices<IConfigureOptions<T>>(),
            sp.GetServices<IPostConfigureOptions<T>>(),
            sp.GetServices<IValidateOptions<T>>()));
        return services;
    }

    /// <summary>The <see cref="RuntimeSettings"/> service over the job store, applied before the engine starts and refreshed after.</summary>
    public static IServiceCollection AddRuntimeSettingsService(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<RuntimeSettingsOptions>(RuntimeSettingsOptions.SectionName);
        services.TryAddSingleton<RuntimeOverrides>();
        services.TryAddSingleton(sp => new RuntimeSettings(
            sp.GetRequiredService<IJobStore>(),
            sp.GetServices<IRuntimeSection>(),
            sp.GetRequiredService<RuntimeOverrides>(),
            sp.GetRequiredService<ILogger<RuntimeSettings>>()));
        services.AddHostedService(sp => new RuntimeSettingsRefresher(
            sp.GetRequiredService<RuntimeSettings>(),
            sp.GetRequiredService<RuntimeSettingsOptions>(),
            sp.GetRequiredService<StoreSignals>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RuntimeSettingsRefresher>>()));
        return services;
    }
}
