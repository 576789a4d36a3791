using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Auth.CrossKey;

/// <summary>One mapped route and method, as a client reaches it (the private <c>/_port/*</c> copies left out).</summary>
internal sealed record MappedRoute(string Method, RoutePattern Pattern)
{
    public bool HasParameters => Pattern.Parameters.Count > 0;

    public override string ToString() => $"{Method} {Pattern.RawText}";

    /// <summary>Every route endpoint of the app, read from its <see cref="EndpointDataSource"/>, so a new route is walked too.</summary>
    public static List<MappedRoute> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/_port/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new MappedRoute(method, e.RoutePattern)))];

    /// <summary>The path with every route parameter set to <paramref name="value"/>.</summary>
    public string Path(string value)
    {
        var path = new StringBuilder();
        foreach (var segment in Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart => Uri.EscapeDataString(value),
                    _ => "",
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }
}

/// <summary>What one request answered: status, headers and as much of the body as came in time (streams never end).</summary>
internal sealed record WalkAnswer(HttpResponseMessage Response, string Text)
{
    /// <summary>
    /// Sends the request (non-GET with a JSON array body, which no body route accepts, so nothing is created) and reads
    /// the body; an event stream is read until its first heartbeat after the replay, or for at most five seconds.
    /// </summary>
    public static async Task<WalkAnswer> SendAsync(HttpClient client, string method, string url, bool stream)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is not ("GET" or "HEAD"))
        {
            request.Content = new StringContent("[]", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }
        if (stream)
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
            request.Headers.Add("Last-Event-ID", "0");
        }
        // Generous for a loaded machine: a whole answer must come; a stream is cut after its replay.
        using var cts = new CancellationTokenSource(Support.ApiClient.Timeout);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            return new(response, await response.Content.ReadAsStringAsync(cts.Token));
        }
        cts.CancelAfter(TimeSpan.FromSeconds(5));
        var text = new StringBuilder();
        var buffer = new byte[8192];
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cts.Token);
            int read;
            while (!text.ToString().Contains(": heartbeat", StringComparison.Ordinal) && (read = await body.ReadAsync(buffer, cts.Token)) > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
        }
        catch (Exception ex) when (cts.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            // What came in time is what is checked (the test host's body stream reports a cancel mid-read as an IOException).
        }
        return new(response, text.ToString());
    }
}
