using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Health;

[Trait("Tier", "Media")]
public sealed class HealthEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_Returns200Text()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_StoreAnswersAndToolsPresent_Returns200WithEachCheck()
    {
        var body = await _client.GetJsonAsync("/readyz");

        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        var checks = body["checks"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", checks["store"]);
        Assert.Equal("Healthy", checks["tools"]);
    }

    [Fact]
    public async Task Readyz_FfmpegMissing_Returns503ProblemNamingTheTool()
    {
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting("MediaTools:FfmpegPath", "/nonexistent/ffmpeg"));
        using var client = broken.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Ffmpeg", await response.Content.ReadAsStringAsync());
    }
}
