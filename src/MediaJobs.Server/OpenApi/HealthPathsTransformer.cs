using MediaJobs.Server.Errors;
using MediaJobs.Server.Health;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>
/// <c>/healthz</c> and <c>/readyz</c>: health-check endpoints are not route handlers, so the API
/// explorer never sees them. Their shapes are <see cref="ReadinessResponseWriter"/>'s.
/// </summary>
internal sealed class HealthPathsTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths[HealthEndpoints.LivenessPath] = Get("Liveness", "200 while the process runs", new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = "The process answers: the text 'Healthy'.",
                Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            },
        });
        document.Paths[HealthEndpoints.ReadinessPath] = Get("Readiness", "200 when every readiness check passes, with a JSON body of the checks", new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = "Ready (Healthy or Degraded).",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = Readiness(withProblem: false) } },
            },
            ["503"] = new OpenApiResponse
            {
                Description = "Not ready: a problem with the failing checks.",
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = new() { Schema = Readiness(withProblem: true) } },
            },
        });
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Get(string operationId, string summary, OpenApiResponses responses) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = operationId,
                Summary = summary,
                Tags = new HashSet<OpenApiTagReference> { new("Health") },
                Responses = responses,
            },
        },
    };

    private static OpenApiSchema Readiness(bool withProblem)
    {
        var check = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["name"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Healthy, Degraded or Unhealthy." },
                ["description"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["durationMs"] = new OpenApiSchema { Type = JsonSchemaType.Number },
            },
        };
        var checks = new OpenApiSchema { Type = JsonSchemaType.Array, Items = check };
        var properties = withProblem
            ? new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["correlationId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["checks"] = checks,
            }
            : new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Healthy or Degraded." },
                ["checks"] = checks,
            };
        return new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties };
    }
}
