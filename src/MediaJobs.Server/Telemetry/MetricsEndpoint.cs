using MediaJobs.Server.Auth;

namespace MediaJobs.Server.Telemetry;

/// <summary><c>GET /metrics</c>: Prometheus text; on a server with keys only an admin key may scrape.</summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.MetricsEnabled)
        {
            return app;
        }
        // The gauge registers on the meter when first built: before the first scrape.
        app.ServiceProvider.GetRequiredService<Core.Diagnostics.QueueDepthGauge>();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RequireAdmin), optionsName: null)
            .WithMetadata(new HttpMethodMetadata(["GET"]))
            .WithDisplayName("Metrics");
        return app;
    }

    /// <summary>
    /// Counts of every owner's jobs are node-wide facts, like the queue controls: admin only. The scraper is a branched
    /// pipeline, not a route handler, so the same 403 is written by middleware instead of the endpoint filter.
    /// </summary>
    private static Task RequireAdmin(HttpContext http, RequestDelegate next) =>
        http.GetCaller().IsAdmin ? next(http) : AdminOnly.Forbidden().ExecuteAsync(http);
}
