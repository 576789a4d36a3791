using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class NodeEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_OnASingleNode_ListsItLiveWithItsJobTypesAndLimits()
    {
        using var response = await _client.GetAsync("/api/nodes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nodes = (await response.ReadJsonAsync())["nodes"]!.AsArray();
        var node = Assert.Single(nodes)!.AsObject();
        Assert.True(node["live"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(node["name"]!.GetValue<string>()));
        Assert.StartsWith(node["name"]!.GetValue<string>() + "/", node["workerId"]!.GetValue<string>());
        Assert.Equal(32, node["jobTypes"]!["noop"]!.GetValue<int>());
        Assert.NotNull(node["capabilities"]!.AsArray());
        Assert.True(node["heartbeatUtc"]!.GetValue<DateTimeOffset>() >= node["startedUtc"]!.GetValue<DateTimeOffset>());
    }
}
