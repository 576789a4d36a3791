using MediaJobs.Core.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace MediaJobs.Server.Cors;

/// <summary>CORS on every surface (native and compat), from <c>MediaJobs:Cors</c>.</summary>
public static class CorsExtensions
{
    public static IServiceCollection AddMediaJobsCors(this IServiceCollection services)
    {
        services.AddValidatedOptions<CorsOptions>(CorsOptions.SectionName);
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, MediaJobsCorsPolicyProvider>();
        return services;
    }

    /// <summary>After routing, before auth: a preflight (which never carries a key) is answered 204 here.</summary>
    public static IApplicationBuilder UseMediaJobsCors(this IApplicationBuilder app) => app.UseCors();

    /// <summary>After auth: refuses state-changing calls from origins the policy does not allow.</summary>
    public static IApplicationBuilder UseCrossOriginGuard(this IApplicationBuilder app) => app.UseMiddleware<CrossOriginGuard>();
}
