using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Tests.Webhooks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>A test server whose tracer provider ends in a <see cref="SpanCollector"/>, with a webhook receiver beside it.</summary>
public sealed class TracedServer : IAsyncDisposable
{
    private readonly MediaJobsServerFactory _server;
    private readonly WebApplicationFactory<Program> _factory;

    private TracedServer(WebhookReceiver receiver)
    {
        Receiver = receiver;
        _server = new MediaJobsServerFactory(null, WebhookTestKit.Settings());
        _factory = _server.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(Spans))));
        Client = _factory.CreateClient();
    }

    public SpanCollector Spans { get; } = new();
    public HttpClient Client { get; }
    public WebhookReceiver Receiver { get; }

    public static async Task<TracedServer> StartAsync() => new(await WebhookReceiver.StartAsync());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _server.DisposeAsync();
        await Receiver.DisposeAsync();
        Spans.Dispose();
    }
}
