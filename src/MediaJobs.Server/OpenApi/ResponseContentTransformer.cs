using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>Adds each <see cref="ResponseContentDoc"/> of an endpoint to its response: SSE as text, files as binary.</summary>
internal sealed class ResponseContentTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var doc in context.Description.ActionDescriptor.EndpointMetadata.OfType<ResponseContentDoc>())
        {
            operation.Responses ??= [];
            var key = doc.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var found) || found is not OpenApiResponse response)
            {
                response = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(doc.StatusCode) };
                operation.Responses[key] = response;
            }
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[doc.ContentType] = new OpenApiMediaType
            {
                Schema = doc.ContentType == OpenApiConventions.EventStream
                    ? new OpenApiSchema { Type = JsonSchemaType.String, Description = doc.Description }
                    : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = doc.Description },
            };
        }
        return Task.CompletedTask;
    }
}
