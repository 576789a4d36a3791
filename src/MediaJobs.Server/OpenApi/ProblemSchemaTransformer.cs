using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>
/// Our problems' extension members (<see cref="Errors.ProblemWriter"/>): every one carries
/// <c>correlationId</c> and <c>traceId</c>; one about a bad input names it in <c>field</c>.
/// </summary>
internal sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails))
        {
            return Task.CompletedTask;
        }
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["correlationId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's correlation id (also the X-Correlation-ID header)." };
        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The W3C trace id of the request, for the server's logs." };
        schema.Properties["field"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The bad input, e.g. inputs.width, limit, jobs[1].type, Last-Event-ID." };
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("correlationId");
        schema.Required.Add("traceId");
        return Task.CompletedTask;
    }
}
