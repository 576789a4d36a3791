namespace MediaJobs.Server.Dashboard;

/// <summary>Which requests the dashboard's page may answer: browser navigations outside the API's prefixes.</summary>
public static class DashboardPaths
{
    /// <summary>Prefixes that belong to APIs and tools; an unknown path under them stays a 404 problem.</summary>
    private static readonly string[] Reserved =
        ["/api", "/compat", "/openapi", "/swagger", "/healthz", "/readyz", "/metrics", "/mcp", "/_port", "/assets"];

    /// <summary>True for a GET/HEAD of <c>/</c>, or one asking for HTML (a navigation) to a path no route and no file matched.</summary>
    public static bool IsPageRequest(HttpRequest request, IEnumerable<string> extraReserved)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        var path = request.Path;
        if (!path.HasValue || path.Value == "/")
        {
            return true;
        }
        if (!request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (Reserved.Concat(extraReserved).Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        // A missing file (favicon.png, app.js.map) is a 404, not the page.
        var last = path.Value?[(path.Value.LastIndexOf('/') + 1)..] ?? "";
        return !last.Contains('.', StringComparison.Ordinal);
    }
}
