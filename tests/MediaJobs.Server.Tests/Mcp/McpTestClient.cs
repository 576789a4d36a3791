using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MediaJobs.Server.Tests.Mcp;

/// <summary>The SDK's own MCP client over a test server's HttpClient (which carries the API key, if any).</summary>
public static class McpTestClient
{
    public static Task<McpClient> ConnectAsync(HttpClient http) =>
        McpClient.CreateAsync(new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = new Uri(http.BaseAddress!, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                ConnectionTimeout = ApiClient.Timeout,
            },
            http,
            ownsHttpClient: false),
            // The first request starts the in-memory server (tool preflight included): slower than the 5 s discover probe on a busy machine.
            new McpClientOptions { DiscoverProbeTimeout = ApiClient.Timeout, InitializationTimeout = ApiClient.Timeout });

    /// <summary>The text of a tool's answer, parsed as JSON; fails the test when the tool answered an error.</summary>
    public static JsonObject Json(this CallToolResult result)
    {
        Assert.True(result.IsError != true, "tool error: " + result.Text());
        return JsonNode.Parse(result.Text())!.AsObject();
    }

    public static string Text(this CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
