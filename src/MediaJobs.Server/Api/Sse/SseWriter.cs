using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;

namespace MediaJobs.Server.Api.Sse;

/// <summary>Server-Sent Events framing: <c>id:</c>, <c>event:</c>, <c>data:</c> (one line of JSON), heartbeat comments.</summary>
internal static class SseWriter
{
    public const string ContentType = "text/event-stream";

    public static bool Accepts(HttpRequest request) =>
        request.Headers.Accept.Any(v => v is not null && v.Contains(ContentType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Sends the headers at once, unbuffered, so a client sees the stream open before any event.</summary>
    public static async Task StartAsync(HttpResponse response, CancellationToken ct)
    {
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(ct);
        await response.Body.FlushAsync(ct);
    }

    public static async Task WriteEventAsync(HttpResponse response, long id, string type, JsonObject data, CancellationToken ct)
    {
        var frame = string.Create(CultureInfo.InvariantCulture, $"id: {id}\nevent: {type}\ndata: {data.ToJsonString()}\n\n");
        await response.WriteAsync(frame, ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>A frame without <c>id:</c>: an alias of the event just sent, so a resuming client's position is unchanged.</summary>
    public static async Task WriteAliasEventAsync(HttpResponse response, string type, JsonObject data, CancellationToken ct)
    {
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"event: {type}\ndata: {data.ToJsonString()}\n\n"), ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>
    /// A browser's <c>EventSource</c> (recognised by the <c>Sec-Fetch-Mode</c> header every browser sends) takes a stream
    /// the server ends for an error: it fires <c>error</c> and reconnects. Its stream is held open instead, see
    /// <see cref="HoldOpenAsync"/>.
    /// </summary>
    public static bool IsBrowser(HttpRequest request) => request.Headers.ContainsKey("Sec-Fetch-Mode");

    /// <summary>Heartbeats until the client closes the stream (a page closes it on the terminal event it handles).</summary>
    public static async Task HoldOpenAsync(HttpResponse response, TimeSpan heartbeat, TimeProvider time, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(heartbeat, time, ct);
                await WriteHeartbeatAsync(response, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The page closed it.
        }
    }

    public static async Task WriteHeartbeatAsync(HttpResponse response, CancellationToken ct)
    {
        await response.WriteAsync(": heartbeat\n\n", ct);
        await response.Body.FlushAsync(ct);
    }
}
