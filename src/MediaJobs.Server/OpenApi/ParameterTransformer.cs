using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>Writes each <see cref="ParameterDoc"/> of an endpoint into its operation (replacing an inferred one of the same name).</summary>
internal sealed class ParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var doc in context.Description.ActionDescriptor.EndpointMetadata.OfType<ParameterDoc>())
        {
            operation.Parameters ??= [];
            var parameter = ToParameter(doc);
            var existing = operation.Parameters.ToList().FindIndex(p => p.Name == doc.Name && p.In == doc.In);
            if (existing >= 0)
            {
                operation.Parameters[existing] = parameter;
            }
            else
            {
                operation.Parameters.Add(parameter);
            }
        }
        return Task.CompletedTask;
    }

    internal static OpenApiParameter ToParameter(ParameterDoc doc) => new()
    {
        Name = doc.Name,
        In = doc.In,
        Description = doc.Description,
        Deprecated = doc.Deprecated,
        Schema = new OpenApiSchema
        {
            Type = doc.Type,
            Format = doc.Format,
            Minimum = doc.Minimum?.ToString(CultureInfo.InvariantCulture),
            Maximum = doc.Maximum?.ToString(CultureInfo.InvariantCulture),
            Enum = doc.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
        },
    };
}
