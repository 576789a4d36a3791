using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>Adds each endpoint's <see cref="RequestBodyDoc"/> as its operation's required request body.</summary>
internal sealed class RequestBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var doc in context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodyDoc>())
        {
            var schema = await context.GetOrCreateSchemaAsync(doc.BodyType, null, cancellationToken);
            DescribeFromAttributes(schema, doc.BodyType);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { [doc.ContentType] = new OpenApiMediaType { Schema = schema } },
            };
        }
    }

    /// <summary>
    /// An inline schema of a free-form property (a <c>JsonObject</c>) takes neither its XML comment nor
    /// <see cref="DescriptionAttribute"/>; the attribute is copied onto it here.
    /// </summary>
    private static void DescribeFromAttributes(IOpenApiSchema schema, Type type)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicyCamel(property.Name);
            if (property.GetCustomAttribute<DescriptionAttribute>() is { } description
                && properties.TryGetValue(name, out var found) && found is OpenApiSchema { Description: null or "" } target)
            {
                target.Description = description.Description;
            }
        }
    }

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
