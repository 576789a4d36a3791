using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Health;

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
    public async Task Readyz_StoreAnswers_Returns200WithChecks()
    {
        var body = await _client.GetJsonAsync("/readyz");

        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        var store = Assert.Single(body["checks"]!.AsArray());
        Assert.Equal("store", store!["name"]!.GetValue<string>());
        Assert.Equal("Healthy", store["status"]!.GetValue<string>());
    }
}
