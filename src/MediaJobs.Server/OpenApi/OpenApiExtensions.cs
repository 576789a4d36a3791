namespace MediaJobs.Server.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and Swagger UI at <c>/swagger</c>.</summary>
public static class OpenApiExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

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
            o.AddSchemaTransformer<TimestampSchemaTransformer>();
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
        // The framework answers an unknown document name in plain text; ours is a problem like every other 404.
        app.MapOpenApi().AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.RouteValues["documentName"] is string name && name != DocumentName
                ? Errors.ProblemResult.NotFound($"No OpenAPI document named '{name}'; the document is at {DocumentPath}.")
                : await next(context));
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "MediaJobs API v1");
            o.RoutePrefix = "swagger";
        });
        return app;
    }
}
