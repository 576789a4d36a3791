using MediaJobs.Core.Hosting;

namespace MediaJobs.Server.Auth;

/// <summary>API keys: options, the authenticator, the start-up check, the middleware and the caller's view of the jobs.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsAuth(this IServiceCollection services)
    {
        services.AddValidatedOptions<AuthOptions>(AuthOptions.SectionName);
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddValidatedOptions<StreamTokenOptions>(StreamTokenOptions.SectionName);
        services.AddSingleton<StreamTokens>();
        services.AddHostedService<AuthStartupCheck>();
        services.AddHttpContextAccessor();
        services.AddScoped(CallerJobs.ForRequest);
        return services;
    }

    /// <summary>Right after routing and correlation ids, before anything answers: a keyless server refuses foreign <c>Host</c> names.</summary>
    public static IApplicationBuilder UseHostAllowList(this IApplicationBuilder app) => app.UseMiddleware<HostGuard>();

    /// <summary>After correlation ids and error handling, before the endpoints.</summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) => app.UseMiddleware<ApiKeyMiddleware>();
}
