using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Mcp;

/// <summary>
/// A keyed server answers any <c>Host</c>, but the download links MCP hands out are built from
/// <c>MediaJobs:Http:PublicBaseUrl</c> (else the server's own address), never from the request's <c>Host</c>.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class McpPublicLinkTests
{
    private const string Key = "key-links-0123456789";
    private const string ForeignHost = "evil.example:5005";

    [Fact]
    public async Task KeyedServer_AnyHostWorks_AndLinksUseThePublicBaseUrl()
    {
        using var factory = Keyed(("MediaJobs:Http:PublicBaseUrl", "https://media.example.org/"));
        using var http = Client(factory);

        using var list = await http.GetAsync("/api/jobs");
        var links = await DownloadUrlsAsync(http);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var link = Assert.Single(links);
        Assert.StartsWith("https://media.example.org/api/jobs/", link, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyedServer_WithoutPublicBaseUrl_LinksNeverNameTheRequestsHost()
    {
        using var factory = Keyed();
        using var http = Client(factory);

        var link = Assert.Single(await DownloadUrlsAsync(http));

        Assert.DoesNotContain("evil.example", link, StringComparison.Ordinal);
        Assert.True(new Uri(link).IsLoopback, link);
    }

    private static MediaJobsServerFactory Keyed(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MediaJobs:Auth:Keys:0:Id"] = "links",
            ["MediaJobs:Auth:Keys:0:Key"] = Key,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return new MediaJobsServerFactory(null, settings);
    }

    private static HttpClient Client(MediaJobsServerFactory factory)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        http.DefaultRequestHeaders.Host = ForeignHost;
        return http;
    }

    private static async Task<List<string>> DownloadUrlsAsync(HttpClient http)
    {
        var id = await http.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await http.WaitForFinalAsync(id);
        await using var client = await McpTestClient.ConnectAsync(http);
        var results = (await client.CallToolAsync("get_job_results", new Dictionary<string, object?> { ["jobId"] = id })).Json();
        return [.. results["files"]!.AsArray().Select(f => (string)f!["downloadUrl"]!)];
    }
}
