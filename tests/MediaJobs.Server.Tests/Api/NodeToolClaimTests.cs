using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary>A server missing a tool leaves the job types that need it in the queue (for a node that has it).</summary>
[Trait("Tier", "Media")]
public sealed class NodeToolClaimTests
{
    [Fact]
    public async Task WithoutFfprobe_DiagnosticsJobsStayQueued_WhileNoopJobsRun()
    {
        using var factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaTools:FfprobePath"] = "/nonexistent/ffprobe" });
        using var client = factory.CreateClient();

        var render = await client.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":0.5,"width":160,"height":120}}""");
        var noop = await client.SubmitNoopAsync();
        Assert.Equal("Succeeded", (string?)(await client.WaitForFinalAsync(noop))["status"]);

        // The noop ran after the render was submitted: claim passes went by and left the render alone.
        var left = await client.GetJobAsync(render);
        Assert.Equal("Queued", (string?)left["status"]);
        Assert.Null(left["startedUtc"]?.GetValue<DateTimeOffset?>());
    }
}
