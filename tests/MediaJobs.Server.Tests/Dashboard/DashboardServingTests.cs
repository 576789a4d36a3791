using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Dashboard;

/// <summary>The built dashboard at <c>/</c>: its files with cache headers, and its page for navigations no route matches.</summary>
[Trait("Tier", "Fast")]
public sealed class DashboardServingTests : IDisposable
{
    private const string IndexHtml = "<!doctype html><title>MediaJobs test page</title>";
    private const string AssetName = "index-AbC123.js";
    private readonly string _dist = Directory.CreateTempSubdirectory("mediajobs-dist-").FullName;
    private readonly MediaJobsServerFactory _factory;
    private readonly HttpClient _client;

    public DashboardServingTests()
    {
        File.WriteAllText(Path.Combine(_dist, "index.html"), IndexHtml);
        Directory.CreateDirectory(Path.Combine(_dist, "assets"));
        File.WriteAllText(Path.Combine(_dist, "assets", AssetName), "console.log(1)");
        _factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:Dashboard:Path"] = _dist });
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Root_ServesIndexHtml_Revalidated()
    {
        using var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IndexHtml, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task HashedAsset_IsImmutableForAYear()
    {
        using var response = await _client.GetAsync("/assets/" + AssetName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log(1)", await response.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("/jobs")]
    [InlineData("/jobs/0193a7c2-0000-7000-8000-000000000000")]
    [InlineData("/system")]
    public async Task BrowserNavigationToAnAppPath_GetsThePage(string path)
    {
        using var response = await NavigateAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(IndexHtml, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/jobs/0193a7c2-0000-7000-8000-000000000000/nope")]
    [InlineData("/compat/shrinkray/nope")]
    [InlineData("/healthz/nope")]
    [InlineData("/assets/missing-123.js")]
    [InlineData("/favicon.png")]
    public async Task ApiPathsAndMissingFiles_StayProblems_EvenForABrowser(string path)
    {
        using var response = await NavigateAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ApiRoutes_StillAnswer_WhenABrowserAsks()
    {
        using var response = await NavigateAsync("/api/queue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownPath_WithoutHtmlAccept_IsA404Problem()
    {
        using var response = await _client.GetAsync("/nothing/here");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task KeyedServer_PageIsPublic_ApiIsNot()
    {
        using var keyed = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Dashboard:Path"] = _dist,
            ["MediaJobs:Auth:Keys:0:Id"] = "alice",
            ["MediaJobs:Auth:Keys:0:Key"] = "key-alice-0123456789",
        });
        using var client = keyed.CreateClient();

        using var page = await client.GetAsync("/");
        using var api = await client.GetAsync("/api/jobs");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await api.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> NavigateAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return _client.SendAsync(request);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_dist, recursive: true);
    }
}
