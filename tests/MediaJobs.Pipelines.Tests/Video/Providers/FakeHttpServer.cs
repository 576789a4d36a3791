using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>One request the fake received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A canned answer.</summary>
public sealed record FakeResponse(int Status, byte[] Body, string ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(string json, int status = 200) => new(status, Encoding.UTF8.GetBytes(json), "application/json");

    public static FakeResponse Bytes(byte[] body, string contentType) => new(200, body, contentType);

    public static FakeResponse Error(int status, string message = "{\"error\":\"fake\"}", IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Encoding.UTF8.GetBytes(message), "application/json", headers);
}

/// <summary>
/// A local stand-in for a provider's HTTP API: Kestrel on 127.0.0.1, port 0. It records every request and answers
/// with what <see cref="Handler"/> returns (404 when it returns null). Reused by every provider test.
/// </summary>
public sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeHttpServer(WebApplication app) => _app = app;

    public required Uri BaseUri { get; init; }

    public Func<RecordedRequest, FakeResponse?> Handler { get; set; } = _ => null;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => [.. _requests.Where(r => r.Path == path)];

    public static async Task<FakeHttpServer> StartAsync(Func<RecordedRequest, FakeResponse?>? handler = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeHttpServer? server = null;
        app.Run(async context => await server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeHttpServer(app) { BaseUri = new Uri(address.TrimEnd('/') + "/") };
        if (handler is not null)
        {
            server.Handler = handler;
        }
        return server;
    }

    /// <summary>An absolute URL on this server.</summary>
    public string Url(string path) => new Uri(BaseUri, path.TrimStart('/')).ToString();

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray());
        _requests.Enqueue(request);
        var response = Handler(request) ?? FakeResponse.Error(404);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
        await context.Response.Body.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
