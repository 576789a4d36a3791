using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>
/// Timestamps are strings (<c>format: date-time</c>). The API writes them with its own converter
/// (<see cref="Api.UtcTimestampConverter"/>), and the schema exporter knows nothing of a custom converter's output, so
/// it leaves the type out and only the format is added: a generated client then types every time as <c>unknown</c>.
/// </summary>
internal sealed class TimestampSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying ?? type) is { } time && (time == typeof(DateTimeOffset) || time == typeof(DateTime)))
        {
            schema.Type = underlying is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }
        return Task.CompletedTask;
    }
}
