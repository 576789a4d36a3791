using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>The served <c>/openapi/v1.json</c>, read as JSON, with <c>$ref</c>s followed.</summary>
public sealed partial class ServedDocument(JsonObject root)
{
    public const string EventStream = "text/event-stream";

    public JsonObject Root { get; } = root;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MediaJobsServerFactory, Task<string>> Served = [];

    public static async Task<ServedDocument> LoadAsync(HttpClient client) => new(await client.GetJsonAsync("/openapi/v1.json"));

    /// <summary>
    /// The document <paramref name="factory"/>'s server serves, fetched once per server (a server's document never
    /// changes; generating it is the costly part) and parsed afresh for each caller, so no test sees another's edits.
    /// </summary>
    public static async Task<ServedDocument> OfAsync(MediaJobsServerFactory factory)
    {
        var text = await Served.GetValue(factory, static f => f.CreateClient().GetStringAsync("/openapi/v1.json"));
        return new(JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Every (METHOD, path) the document describes.</summary>
    public IReadOnlySet<(string Method, string Path)> Operations() =>
        Root["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(op => HttpMethods.Contains(op.Key))
                .Select(op => (op.Key.ToUpperInvariant(), path.Key)))
            .ToHashSet();

    public JsonObject Operation(string method, string path)
    {
        var item = Root["paths"]![path]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"The document has no path {path}.");
        return item[method.ToLowerInvariant()]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"The document has no {method} {path}.");
    }

    /// <summary>The operation's parameters (references resolved).</summary>
    public IReadOnlyList<JsonObject> Parameters(string method, string path) =>
        [.. (Operation(method, path)["parameters"]?.AsArray() ?? []).Select(p => Resolve(p!.AsObject()))];

    public JsonObject Parameter(string method, string path, string name, string @in) =>
        Parameters(method, path).SingleOrDefault(p => (string?)p["name"] == name && (string?)p["in"] == @in)
        ?? throw new Xunit.Sdk.XunitException($"{method} {path} declares no {@in} parameter '{name}'.");

    /// <summary>Content types of one response of the operation (empty when it has no body).</summary>
    public IReadOnlyList<string> ResponseContentTypes(string method, string path, int status) =>
        [.. (Resolve(Operation(method, path)["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?.AsObject()
            ?? throw new Xunit.Sdk.XunitException($"{method} {path} declares no {status} response."))["content"]?.AsObject()
            .Select(c => c.Key) ?? [])];

    /// <summary>The schema of one response body or of the request body (<paramref name="status"/> null).</summary>
    public JsonObject BodySchema(string method, string path, int? status, string contentType = "application/json")
    {
        var op = Operation(method, path);
        var holder = status is null
            ? op["requestBody"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"{method} {path} declares no request body.")
            : Resolve(op["responses"]?[status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]?.AsObject()
                ?? throw new Xunit.Sdk.XunitException($"{method} {path} declares no {status} response."));
        var schema = holder["content"]?[contentType]?["schema"]?.AsObject()
            ?? throw new Xunit.Sdk.XunitException($"{method} {path} has no {contentType} schema for {(status is null ? "its request body" : status.ToString())}.");
        return Resolve(schema);
    }

    /// <summary>Follows <c>$ref</c>, and a nullable <c>oneOf [null, X]</c> to X.</summary>
    public JsonObject Resolve(JsonObject node)
    {
        while (true)
        {
            if (node["$ref"] is JsonValue reference)
            {
                var parts = ((string)reference!).TrimStart('#', '/').Split('/');
                node = parts.Aggregate((JsonNode)Root, (n, part) => n[part] ?? throw new Xunit.Sdk.XunitException($"Dangling reference {reference}."))!.AsObject();
            }
            else if (node["oneOf"] is JsonArray choices && choices.Count == 2 && choices.Any(c => (string?)c!["type"] == "null"))
            {
                node = choices.First(c => (string?)c!["type"] != "null")!.AsObject();
            }
            else
            {
                return node;
            }
        }
    }

    /// <summary>The first description met while resolving (a property's own, beside its reference, comes first).</summary>
    public string? DescriptionOf(JsonObject node)
    {
        while (true)
        {
            if ((string?)node["description"] is { Length: > 0 } description)
            {
                return description;
            }
            var next = Resolve(node);
            if (ReferenceEquals(next, node))
            {
                return null;
            }
            node = node["oneOf"] is JsonArray choices ? choices.First(c => (string?)c!["type"] != "null")!.AsObject() : next;
        }
    }

    public static IReadOnlySet<string> PropertyNames(JsonObject schema) =>
        schema["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];

    public static IReadOnlySet<string> Required(JsonObject schema) =>
        schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];

    /// <summary>A path with every parameter written <c>{}</c> and no trailing slash: routes compare by shape, not parameter names.</summary>
    public static string NormalizePath(string path)
    {
        var shape = RouteParameter().Replace(path, "{}");
        return shape.Length > 1 ? shape.TrimEnd('/') : shape;
    }

    private static readonly HashSet<string> HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteParameter();
}
