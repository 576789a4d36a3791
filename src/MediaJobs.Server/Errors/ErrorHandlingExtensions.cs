namespace MediaJobs.Server.Errors;

/// <summary>Every 4xx/5xx is application/problem+json with correlationId and traceId (a compat route: its own shape).</summary>
public static class ErrorHandlingExtensions
{
    public static IServiceCollection AddMediaJobsErrors(this IServiceCollection services)
    {
        // For problems the framework writes itself.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ProblemWriter.Enrich(ctx.HttpContext, ctx.ProblemDetails));
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    /// <summary>Exceptions, then bodiless error statuses (unknown route 404, 405, framework 400s, a file's 416).</summary>
    public static IApplicationBuilder UseMediaJobsErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = http.Response.StatusCode };
            ProblemWriter.Enrich(http, problem);
            if (!await EndpointErrorShape.TryWriteAsync(http, problem.Status!.Value, problem.Detail!))
            {
                await ProblemWriter.WriteAsync(http, problem);
            }
        });
        // A result that set an error status and a media type but wrote nothing (a file's 416 Range Not Satisfiable
        // arrives as an empty "video/mp4"): drop the media type so the status page above writes the body.
        app.Use(async (context, next) =>
        {
            await next(context);
            var response = context.Response;
            if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null or 0)
            {
                response.ContentType = null;
                response.ContentLength = null;
            }
        });
        return app;
    }
}
