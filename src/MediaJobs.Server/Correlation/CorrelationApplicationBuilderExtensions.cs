namespace MediaJobs.Server.Correlation;

public static class CorrelationApplicationBuilderExtensions
{
    /// <summary>Put first: every later response, errors included, carries the id.</summary>
    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationMiddleware>();
}
