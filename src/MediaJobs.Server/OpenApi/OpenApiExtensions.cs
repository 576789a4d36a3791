namespace MediaJobs.Server.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and Swagger UI at <c>/swagger</c>.</summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddMediaJobsOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<DocumentInfoTransformer>();
            // Operation transformers read each endpoint's metadata. The document transformers below run
            // after them over every operation, so the health paths are added first and covered too.
            o.AddOperationTransformer<ParameterTransformer>();
            o.AddOperationTransformer<ResponseContentTransformer>();
            o.AddOperationTransformer<RequestBodyTransformer>();
            o.AddSchemaTransformer<NumberSchemaTransformer>();
            o.AddSchemaTransformer<OmittedWhenNullSchemaTransformer>();
            o.AddSchemaTransformer<ProblemSchemaTransformer>();
            o.AddDocumentTransformer<HealthPathsTransformer>();
            o.AddDocumentTransformer<CorrelationHeaderTransformer>();
            o.AddDocumentTransformer<SecurityTransformer>();
        });
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
