using System.Net;
using MediaJobs.Server.Dashboard;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Dashboard;

/// <summary>No other page may frame the dashboard (clickjacking its buttons): CSP frame-ancestors and X-Frame-Options.</summary>
[Trait("Tier", "Fast")]
public sealed class DashboardFrameHeadersTests : IDisposable
{
    private readonly string _dist = Directory.CreateTempSubdirectory("mediajobs-dist-").FullName;
    private readonly MediaJobsServerFactory _factory;

    public DashboardFrameHeadersTests()
    {
        File.WriteAllText(Path.Combine(_dist, "index.html"), "<!doctype html><title>t</title>");
        Directory.CreateDirectory(Path.Combine(_dist, "assets"));
        File.WriteAllText(Path.Combine(_dist, "assets", "index-X1.js"), "1");
        _factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:Dashboard:Path"] = _dist });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/jobs/0193a7c2-0000-7000-8000-000000000000")]
    [InlineData("/assets/index-X1.js")]
    public async Task DashboardResponse_ForbidsFraming(string path)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "frame-ancestors 'none'")]
    [InlineData("default-src 'self'", "default-src 'self'; frame-ancestors 'none'")]
    [InlineData("default-src 'self'; frame-ancestors *;", "default-src 'self'; frame-ancestors 'none'")]
    public void Merge_KeepsOtherDirectives_ReplacesFrameAncestors(string? existing, string expected) =>
        Assert.Equal(expected, FrameHeaders.Merge(existing));

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_dist, recursive: true);
    }
}
