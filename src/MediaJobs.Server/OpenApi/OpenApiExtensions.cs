namespace MediaJobs.Server.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and Swagger UI at <c>/swagger</c>.</summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddMediaJobsOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MediaJobs API";
            document.Info.Description = "Durable media jobs: submit, follow (SSE), cancel, retry, download.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapOpenApiDocs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "MediaJobs API v1");
            o.RoutePrefix = "swagger";
        });
        return app;
    }
}
