using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MediaJobs.Core.Hosting;

/// <summary>
/// The one way MediaJobs reads options: bound from a configuration section when first used, checked by their
/// data annotations (and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) when the host
/// starts, so a bad value stops the start with a message naming its key (e.g. <c>MediaJobs:Engine:LeaseDuration</c>).
/// </summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Registers <typeparamref name="T"/> bound from <paramref name="sectionName"/>, validated at start-up, and
    /// resolvable both as <see cref="IOptions{T}"/> and as <typeparamref name="T"/> itself.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, string sectionName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<T>().BindConfiguration(sectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>>(new SectionValidator<T>(sectionName)));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
