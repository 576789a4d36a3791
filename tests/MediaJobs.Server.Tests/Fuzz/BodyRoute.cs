using System.Text.Json.Nodes;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>A route that reads a JSON body, with a valid body to start from (read from the endpoint data source).</summary>
internal sealed record BodyRoute(string Method, string Path, JsonObject Sample)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>
    /// Every route that declares a JSON body (<c>Accepts</c> or <see cref="RequestBodyDoc"/>). A new one without a sample
    /// below fails the test by name, so it cannot stay out of the fuzz.
    /// </summary>
    public static (List<BodyRoute> Routes, List<string> WithoutSample) All(IServiceProvider services, string mediaRoot)
    {
        var samples = Samples(mediaRoot);
        var routes = new List<BodyRoute>();
        var missing = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var json = endpoint.Metadata.GetMetadata<RequestBodyDoc>()?.ContentType.Contains("json", StringComparison.Ordinal) == true
                || endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Any(t => t.Contains("json", StringComparison.Ordinal)) == true;
            // /mcp speaks JSON-RPC: the MCP SDK answers malformed bodies with JSON-RPC errors, not a surface's
            // problem shape; its key and cross-key behaviour is pinned by McpAuthTests.
            if (!json || pattern.StartsWith("/_port/", StringComparison.Ordinal) || pattern.StartsWith("/mcp", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["POST"])
            {
                if (samples.TryGetValue($"{method} {pattern}", out var sample))
                {
                    routes.Add(new BodyRoute(method, pattern, sample));
                }
                else
                {
                    missing.Add($"{method} {pattern}");
                }
            }
        }
        return (routes, missing);
    }

    /// <summary>One valid body per JSON route (a job that would start if the queue ran).</summary>
    private static Dictionary<string, JsonObject> Samples(string mediaRoot) => new(StringComparer.Ordinal)
    {
        ["POST /api/jobs/"] = Parse("""{"type":"noop","preset":"default","inputs":{"steps":1,"label":"fuzz"},"options":{"note":"x"},"priority":1}"""),
        ["POST /api/jobs/batch"] = Parse("""{"name":"fuzz","jobs":[{"type":"noop","inputs":{"steps":1}},{"type":"noop","inputs":{"steps":2}}]}"""),
        ["POST /compat/moneyprinter/api/generate"] = Parse("""{"videoSubject":"Why the sky is blue","paragraphNumber":1,"useMusic":false,"voice":"en-US"}"""),
        ["POST /compat/shrinkray/api/jobs"] = new JsonObject { ["paths"] = new JsonArray(mediaRoot), ["preset_id"] = "compress-hevc", ["keep_original"] = true },
        ["PUT /compat/shrinkray/api/config"] = Parse("""{"quality_hevc":0,"quality_av1":0,"notify_on_complete":false,"original_handling":"replace"}"""),
        ["POST /compat/secretary/api/jobs/"] = Parse("""{"job_type":"transformer","parameters":{"text":"The board met.","template":"Summary"}}"""),
        ["POST /compat/secretary/api/jobs/batch"] = Parse("""{"batch_name":"fuzz","jobs":[{"job_type":"transformer","parameters":{"text":"One."}}]}"""),
        ["PATCH /api/settings/"] = Parse("""{"MediaJobs:Transcode:X265Preset":"medium","MediaJobs:Transcode:HevcCrf":26}"""),
        ["POST /api/v1/generate"] = Parse("""{"text":"Once upon a time, in a faraway land."}"""),
    };

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
