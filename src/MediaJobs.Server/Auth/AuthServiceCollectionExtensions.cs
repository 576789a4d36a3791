namespace MediaJobs.Server.Auth;

/// <summary>API keys: options, the authenticator, the start-up check and the middleware.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddOptions<StreamTokenOptions>().BindConfiguration(StreamTokenOptions.SectionName);
        services.AddSingleton<StreamTokens>();
        services.AddHostedService<AuthStartupCheck>();
        return services;
    }

    /// <summary>After correlation ids and error handling, before the endpoints.</summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) => app.UseMiddleware<ApiKeyMiddleware>();
}
