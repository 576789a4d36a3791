namespace MediaJobs.Server.Errors;

/// <summary>Every 4xx/5xx is application/problem+json with correlationId and traceId.</summary>
public static class ErrorHandlingExtensions
{
    public static IServiceCollection AddMediaJobsErrors(this IServiceCollection services)
    {
        // For problems the framework writes itself.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ProblemWriter.Enrich(ctx.HttpContext, ctx.ProblemDetails));
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    /// <summary>Exceptions, then bodiless error statuses (unknown route 404, 405, framework 400s).</summary>
    public static IApplicationBuilder UseMediaJobsErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ctx => ProblemWriter.WriteAsync(
            ctx.HttpContext,
            new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = ctx.HttpContext.Response.StatusCode }));
        return app;
    }
}
