using System.Net;
using MediaJobs.Server.Cors;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Cors;

/// <summary>Listed origins, the <c>*</c> wildcard (never with credentials), and the guard on simple cross-origin posts.</summary>
[Trait("Tier", "Fast")]
public sealed class CorsConfigurationTests
{
    [Theory]
    [InlineData("http://localhost:3000", true)]
    [InlineData("http://127.0.0.1:8001", true)]
    [InlineData("http://127.5.6.7", true)]
    [InlineData("http://[::1]:5173", true)]
    [InlineData("https://localhost", true)]
    [InlineData("https://media.example.org/", true)]
    [InlineData("https://evil.example", false)]
    [InlineData("http://localhost.evil.example", false)]
    [InlineData("null", false)]
    [InlineData("file://", false)]
    [InlineData("", false)]
    public void OriginPolicy_AllowsLoopbackAndListedOriginsOnly(string origin, bool allowed) =>
        Assert.Equal(allowed, new OriginPolicy(["https://media.example.org"]).IsAllowed(origin));

    [Fact]
    public async Task Wildcard_AllowsAnyOrigin_WithoutCredentials()
    {
        using var factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:Cors:AllowedOrigins:0"] = "*" });
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(CorsPreflightTests.Preflight("/api/jobs", "POST", "https://anywhere.example"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", CorsPreflightTests.Header(response, "Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task ListedOrigin_IsAllowed_OtherOriginsAreNot()
    {
        using var factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:Cors:AllowedOrigins:0"] = "https://media.example.org" });
        using var client = factory.CreateClient();

        using var listed = await client.SendAsync(CorsPreflightTests.Preflight("/api/v1/generate", "POST", "https://media.example.org"));
        using var other = await client.SendAsync(CorsPreflightTests.Preflight("/api/v1/generate", "POST", "https://other.example"));

        Assert.Equal("https://media.example.org", CorsPreflightTests.Header(listed, "Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task SimplePostFromAnUnlistedOrigin_IsRefused_AndChangesNothing()
    {
        using var factory = new MediaJobsServerFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/compat/shrinkray/api/queue/pause");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);
        var queue = await client.GetJsonAsync("/api/queue");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MediaJobs:Cors:AllowedOrigins", (string?)(await response.ReadJsonAsync())["error"], StringComparison.Ordinal);
        Assert.Equal(false, (bool?)queue["paused"]);
    }

    [Fact]
    public async Task SimplePostFromLocalhost_IsServed()
    {
        using var factory = new MediaJobsServerFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/compat/shrinkray/api/queue/resume");
        request.Headers.Add("Origin", "http://localhost:8080");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost:8080", CorsPreflightTests.Header(response, "Access-Control-Allow-Origin"));
    }
}
