using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class StatsEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_AfterAJobSucceeds_CountsIt()
    {
        var id = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(id);

        var stats = await _client.GetJsonAsync("/api/stats");

        Assert.True(stats["succeeded"]!.GetValue<int>() >= 1);
        Assert.True(stats["total"]!.GetValue<int>() >= stats["succeeded"]!.GetValue<int>());
        // Transcode declares bytes saved; the stats show it by its declared key.
        var bytesSaved = stats["counters"]!["bytesSaved"]!.AsObject();
        Assert.True(bytesSaved.ContainsKey("session"));
        Assert.True(bytesSaved.ContainsKey("lifetime"));
    }

    [Fact]
    public async Task ResetSession_Returns200WithZeroSessionBytes()
    {
        using var response = await _client.PostAsync("/api/stats/reset-session", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.ReadJsonAsync())["counters"]!["bytesSaved"]!["session"]!.GetValue<long>());
    }
}
