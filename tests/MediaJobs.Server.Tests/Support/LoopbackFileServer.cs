using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Server.Tests.Support;

/// <summary>What the file server answers at a path: a content type (null: none) and the bytes, with or without a Content-Length.</summary>
public sealed record ServedFile(string? ContentType, byte[] Body, bool Chunked = false);

/// <summary>A file server on 127.0.0.1 (Kestrel, port 0) for download tests; counts the requests it got.</summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackFileServer(WebApplication app) => _app = app;

    public ConcurrentDictionary<string, ServedFile> Files { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public static async Task<LoopbackFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackFileServer(app);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    private async Task ServeAsync(HttpContext http)
    {
        Requests.Enqueue(http.Request.Path);
        if (!Files.TryGetValue(http.Request.Path, out var file))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (file.ContentType is not null)
        {
            http.Response.ContentType = file.ContentType;
        }
        if (!file.Chunked)
        {
            http.Response.ContentLength = file.Body.Length;
        }
        await http.Response.Body.WriteAsync(file.Body, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
