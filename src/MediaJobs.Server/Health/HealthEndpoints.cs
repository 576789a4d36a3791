using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaJobs.Server.Health;

/// <summary>
/// <c>/healthz</c>: liveness (the process answers). <c>/readyz</c>: every health check tagged
/// <see cref="ReadyTag"/> — add more with <c>services.AddHealthChecks().AddCheck&lt;T&gt;(name, tags: [HealthEndpoints.ReadyTag])</c>.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    public static IServiceCollection AddMediaJobsHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<ToolsHealthCheck>("tools", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Health").WithName("Liveness").WithSummary("200 while the process runs");
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = ReadinessResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithTags("Health").WithName("Readiness").WithSummary("200 when every readiness check passes, with a JSON body of the checks");
        return app;
    }
}
