using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;
using Xunit.Abstractions;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>
/// Issue 23, with the shipped engine timings: a SIGKILLed node's ffmpeg dies with it within a second, the job is
/// requeued within seconds, and the rescuer's tools start only after the dead node's tool is gone.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class NodeDeathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan MaxRequeue = TimeSpan.FromSeconds(10);
    private NodeCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await NodeCluster.CreateAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Sigkill_NodeRunningFfmpeg_ToolGoneWithinOneSecondJobRequeuedWithinTenAndNoOverlap()
    {
        await _cluster.StartAsync("node-a", engineDefaults: true);
        await _cluster.StartAsync("node-b", engineDefaults: true);
        var a = _cluster.Nodes["node-a"].Client;
        var jobId = await a.SubmitAsync(new JsonObject
        {
            ["type"] = "diagnostics",
            ["preset"] = "test-pattern",
            ["inputs"] = new JsonObject { ["durationSec"] = 8, ["width"] = 160, ["height"] = 120, ["fps"] = 10, ["realtime"] = true },
        }.ToJsonString());
        await a.ReadJobEventsAsync(jobId, m => m.Type == "step-progress" && (string?)m.Data?["step"] == "render", timeout: TimeSpan.FromSeconds(60));
        var ffmpeg = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(jobId, StringComparison.Ordinal));
        var victim = _cluster.NodeRunning(ffmpeg);
        var survivor = _cluster.Nodes.Single(n => n.Key != victim).Value.Client;

        await _cluster.Nodes[victim].KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        var goneAt = await ToolRuns.WaitGoneAsync(ffmpeg, TimeSpan.FromSeconds(1));
        Assert.True(goneAt is not null, $"the killed node's ffmpeg (pid {ffmpeg}) still runs 1 s after the kill");
        var final = await survivor.WaitForFinalAsync(jobId);

        Assert.Equal("Succeeded", (string?)final["status"]);
        var events = (await survivor.GetJsonAsync($"/api/jobs/{jobId}/events?after=0&limit=1000"))["events"]!.AsArray();
        var recovered = events.Single(e => (string?)e!["message"] == "Recovered after its worker's lease expired")!["timestampUtc"]!.GetValue<DateTimeOffset>();
        var requeue = recovered - killedAt;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requeued {requeue.TotalSeconds:0.00} s after the SIGKILL; its ffmpeg gone after {(goneAt!.Value - killedAt).TotalMilliseconds:0} ms"));
        Assert.True(requeue < MaxRequeue, $"requeued {requeue} after the kill");
        ToolRuns.AssertNoneOverlaps(ToolRuns.Of(_cluster.Data, jobId), killedAt, goneAt.Value);
    }
}
