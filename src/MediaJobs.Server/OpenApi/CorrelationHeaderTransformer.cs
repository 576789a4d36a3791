using MediaJobs.Server.Correlation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>
/// <c>X-Correlation-ID</c> on every operation and every response: the correlation middleware runs
/// for every request, so no endpoint declares it itself. Declared once under components, referenced everywhere.
/// </summary>
internal sealed class CorrelationHeaderTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        const string Name = CorrelationId.HeaderName;
        document.Components ??= new OpenApiComponents();
        document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        document.Components.Parameters[Name] = new OpenApiParameter
        {
            Name = Name,
            In = ParameterLocation.Header,
            Description = $"Your id for this request (at most {CorrelationId.MaxLength} printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = CorrelationId.MaxLength },
        };
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[Name] = new OpenApiHeader
        {
            Description = "The request's correlation id: the one sent, or a generated one.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameterReference(Name, document));
            foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[Name] = new OpenApiHeaderReference(Name, document);
            }
        }
        return Task.CompletedTask;
    }
}
