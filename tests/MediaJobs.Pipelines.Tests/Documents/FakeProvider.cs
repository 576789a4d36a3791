using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>A fake provider on 127.0.0.1 (HttpListener): records each request, answers with the next queued reply.</summary>
internal sealed class FakeProvider : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<(int Status, string Body)> _replies = new();
    private readonly Task _loop;

    public FakeProvider()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public List<(string Path, string? Authorization, JsonObject Body)> Requests { get; } = [];

    public void Reply(int status, string body)
    {
        lock (_replies)
        {
            _replies.Enqueue((status, body));
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            var body = context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
                ? JsonNode.Parse(text) as JsonObject ?? []
                : new JsonObject { ["raw"] = text };
            (int Status, string Body) reply;
            lock (_replies)
            {
                Requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
                reply = _replies.Count > 0 ? _replies.Dequeue() : (500, "{\"error\":\"no reply queued\"}");
            }
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Managed HttpListener looks the endpoint up again on close and can trip over a port another test has
            // taken since: the listener is already stopped, so there is nothing left to release.
        }
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
