using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>The document describes exactly the routes the app maps: none missing, none invented.</summary>
[Trait("Tier", "Fast")]
public sealed class OpenApiRouteCoverageTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>
    /// Every route endpoint a client can reach, as (METHOD, path shape). Left out: endpoints excluded from
    /// the description (the document's own route) and the private <c>/_port/*</c> groups, which only serve
    /// requests rewritten from a surface's own port (the same routes as its base path).
    /// </summary>
    private IReadOnlySet<(string Method, string Path)> MappedRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/_port/", StringComparison.Ordinal))
            // Health checks answer any method; they are documented (and used) as GET.
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, ServedDocument.NormalizePath(e.RoutePattern.RawText!))))
            .ToHashSet();

    private async Task<IReadOnlySet<(string Method, string Path)>> DocumentedRoutesAsync() =>
        (await ServedDocument.OfAsync(factory)).Operations()
            .Select(o => (o.Method, ServedDocument.NormalizePath(o.Path)))
            .ToHashSet();

    [Fact]
    public async Task EveryMappedRoute_IsInTheDocumentWithItsMethod()
    {
        var mapped = MappedRoutes();

        var documented = await DocumentedRoutesAsync();

        // The enumeration itself must have found the app's routes, native, compat and health.
        Assert.Contains(("GET", "/api/jobs/{}/events"), mapped);
        Assert.Contains(("POST", "/compat/shrinkray/api/jobs/clear"), mapped);
        Assert.Contains(("GET", "/healthz"), mapped);
        var missing = mapped.Except(documented).Select(r => $"{r.Method} {r.Path}").Order().ToList();
        Assert.True(missing.Count == 0, "mapped but not in the OpenAPI document:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task EveryDocumentedOperation_IsAMappedRoute()
    {
        var mapped = MappedRoutes();

        var documented = await DocumentedRoutesAsync();

        var invented = documented.Except(mapped).Select(r => $"{r.Method} {r.Path}").Order().ToList();
        Assert.True(invented.Count == 0, "in the OpenAPI document but not mapped:\n" + string.Join('\n', invented));
    }

    [Fact]
    public async Task SurfaceOnItsOwnPort_ItsPrivateRoutesStayOutOfTheDocument()
    {
        using var ported = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:Compat:ShrinkRay:Url"] = "http://127.0.0.1:18080" });
        using var client = ported.CreateClient();
        var raw = ported.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "").ToList();

        var document = await ServedDocument.LoadAsync(client);

        Assert.Contains(raw, p => p.StartsWith("/_port/shrinkray/", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Operations(), o => o.Path.StartsWith("/_port", StringComparison.Ordinal));
        Assert.Contains(("GET", "/compat/shrinkray/api/stats"), document.Operations());
    }
}
