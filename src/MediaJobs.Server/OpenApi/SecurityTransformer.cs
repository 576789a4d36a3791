using MediaJobs.Server.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>
/// The two ways to send an API key (either will do), required on every operation the key check
/// guards: all but health, OpenAPI and Swagger (the same rule as <see cref="ApiKeyMiddleware"/>).
/// Without configured keys the server lets everyone in on loopback; the document describes the keyed setup.
/// </summary>
internal sealed class SecurityTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key from MediaJobs:Auth:Keys as 'Authorization: Bearer <key>'.",
        };
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyMiddleware.ApiKeyHeader,
            Description = "The same API key as 'X-Api-Key: <key>'.",
        };
        foreach (var (path, item) in document.Paths)
        {
            if (ApiKeyMiddleware.IsOpen(new PathString(path)))
            {
                continue;
            }
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                // Two requirements: either scheme satisfies the operation.
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] },
                ];
            }
        }
        return Task.CompletedTask;
    }
}
