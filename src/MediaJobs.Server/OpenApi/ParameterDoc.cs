using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>
/// Endpoint metadata: a query-string value or header the handler reads by hand (so its bad values
/// answer in the route's own error shape, not the framework's binding 400). <see cref="ParameterTransformer"/>
/// writes it into the operation, replacing what the API explorer inferred for the same name.
/// </summary>
public sealed record ParameterDoc(string Name, ParameterLocation In, JsonSchemaType Type, string Description)
{
    public string? Format { get; init; }

    /// <summary>The only values accepted, when the handler checks against a fixed list.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    public long? Minimum { get; init; }

    public long? Maximum { get; init; }

    /// <summary>Accepted for compatibility and ignored.</summary>
    public bool Deprecated { get; init; }

    public static ParameterDoc Query(string name, JsonSchemaType type, string description) => new(name, ParameterLocation.Query, type, description);

    public static ParameterDoc Header(string name, JsonSchemaType type, string description) => new(name, ParameterLocation.Header, type, description);
}
