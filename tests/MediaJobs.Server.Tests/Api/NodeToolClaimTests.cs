using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary>
/// A lone server missing a tool still takes the jobs that need it (no live node has the tool, so none would):
/// they fail with the tool's remediation instead of waiting in the queue forever.
/// </summary>
[Trait("Tier", "Media")]
public sealed class NodeToolClaimTests
{
    [Fact]
    public async Task LoneNodeWithoutFfprobe_RunsTheDiagnosticsJob_WhichFailsNamingTheTool()
    {
        using var factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaTools:FfprobePath"] = "/nonexistent/ffprobe" });
        using var client = factory.CreateClient();

        var render = await client.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":0.5,"width":160,"height":120}}""");
        var final = await client.WaitForFinalAsync(render);

        Assert.Equal("Failed", (string?)final["status"]);
        Assert.Contains("ffprobe", final["errors"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }
}
