using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Mcp;

/// <summary><c>POST /mcp</c> in the OpenAPI document: the MCP SDK's endpoint is not a route handler the API explorer sees.</summary>
internal sealed class McpPathTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var json = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A JSON-RPC 2.0 message of the Model Context Protocol." } };
        var problem = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } };
        document.Paths[McpEndpoint.Path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Post] = new()
                {
                    OperationId = "Mcp",
                    Summary = "Model Context Protocol (Streamable HTTP, stateless): tools to submit, follow and read jobs",
                    Description = "For MCP clients (AI agents), not for hand-written requests; see docs/api.md, MCP.",
                    Tags = new HashSet<OpenApiTagReference> { new("Operations") },
                    RequestBody = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = json } },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "The JSON-RPC answer, as JSON or as an event stream carrying progress notifications first.",
                            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = json, ["text/event-stream"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
                        },
                        ["202"] = new OpenApiResponse { Description = "A notification or response from the client was accepted." },
                        ["401"] = new OpenApiResponse { Description = "No or a wrong API key.", Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = problem } },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
