using System.Net;
using System.Net.Sockets;
using System.Text;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// Issue 10, finding 3: a chunked body whose chunk size overflows (<c>FFFFFFFFFFFFFFFFFF</c>) reaches the body reader of
/// every surface's create route through real Kestrel (the in-memory test server does no chunked framing): a 400 in
/// that surface's shape, no job, and the server keeps answering.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class MalformedChunkedBodyTests
{
    [Theory]
    [InlineData("/api/jobs")]
    [InlineData("/compat/moneyprinter/api/generate")]
    [InlineData("/compat/shrinkray/api/jobs")]
    [InlineData("/compat/secretary/api/jobs/")]
    [InlineData("/api/v1/generate")]
    public async Task OverflowingChunkSize_Is400InTheSurfacesShape_AndStoresNothing(string path)
    {
        await using var server = new RealServer();
        await server.StartAsync();

        var (status, contentType, body) = await SendRawAsync(server.Process.BaseAddress, path, "FFFFFFFFFFFFFFFFFF\r\n{\"text\":\"x\"}\r\n0\r\n\r\n");

        using var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        response.Content.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        SurfaceShape.AssertError(path, HttpStatusCode.BadRequest, response, body, $"POST {path} with an overflowing chunk size");
        Assert.Equal(0, (int)(await server.Client.GetJsonAsync("/api/jobs"))["total"]!);
    }

    /// <summary>One HTTP/1.1 request written by hand (chunked), the answer read until the server closes.</summary>
    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> SendRawAsync(Uri server, string path, string chunkedBody)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunkedBody}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var answer = new MemoryStream();
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        await stream.CopyToAsync(answer, cts.Token);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = text[..split].Split("\r\n");
        var headers = head.Skip(1).Select(h => h.Split(':', 2)).ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = text[(split + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }
        return ((HttpStatusCode)int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers.GetValueOrDefault("Content-Type"), body);
    }

    private static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd], 16);
            if (size == 0)
            {
                return body.ToString();
            }
            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
