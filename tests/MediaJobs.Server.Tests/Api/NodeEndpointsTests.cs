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

    [Fact]
    public async Task Get_WhileAJobRuns_CountsItOnThisNode_AndNoLongerOnceItEnds()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(id);

        var during = Assert.Single((await _client.GetJsonAsync("/api/nodes"))["nodes"]!.AsArray())!;
        await _client.CancelAndWaitAsync(id);
        var after = Assert.Single((await _client.GetJsonAsync("/api/nodes"))["nodes"]!.AsArray())!;

        Assert.Equal(1, during["runningJobs"]!.GetValue<int>());
        Assert.Equal(0, after["runningJobs"]!.GetValue<int>());
    }

    [Fact]
    public async Task JobSteps_RecordTheNodeThatRanThem()
    {
        var node = Assert.Single((await _client.GetJsonAsync("/api/nodes"))["nodes"]!.AsArray())!["name"]!.GetValue<string>();
        var done = await _client.WaitForFinalAsync(await _client.SubmitNoopAsync(3));
        var blocked = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(blocked);
        var running = await _client.GetJobAsync(blocked);
        await _client.CancelAndWaitAsync(blocked);

        Assert.Equal("Succeeded", done["status"]!.GetValue<string>());
        Assert.Equal(3, done["steps"]!.AsArray().Count);
        Assert.All(done["steps"]!.AsArray(), s => Assert.Equal(node, s!["node"]!.GetValue<string>()));
        Assert.Equal(node, running["steps"]![0]!["node"]!.GetValue<string>());
    }
}
