using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Telemetry;

/// <summary><c>GET /metrics</c> in the OpenAPI document: the exporter's endpoint is not a route handler the API explorer sees.</summary>
internal sealed class MetricsPathTransformer(Microsoft.Extensions.Options.IOptions<TelemetryOptions> options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.MetricsEnabled)
        {
            return Task.CompletedTask;
        }
        var problem = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } };
        document.Paths[MetricsEndpoint.Path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = "Metrics",
                    Summary = "Prometheus metrics (text exposition format); an admin key on a keyed server",
                    Tags = new HashSet<OpenApiTagReference> { new("Operations") },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "mediajobs_* counters, gauges and histograms (see docs/api.md, Metrics).",
                            Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
                        },
                        ["401"] = new OpenApiResponse { Description = "No or a wrong API key.", Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = problem } },
                        ["403"] = new OpenApiResponse { Description = "The key is not an admin key.", Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = problem } },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
