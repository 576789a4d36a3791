using System.Diagnostics;
using System.Net;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>A pause or a cancel sent to one node reaches the node that runs the job (LISTEN/NOTIFY hints).</summary>
[Trait("Tier", "EndToEnd")]
public sealed class CrossNodeControlTests : IAsyncLifetime
{
    private const string LongRender = """{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":300,"width":160,"height":120,"realtime":true}}""";
    private NodeCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = await NodeCluster.CreateAsync();
        await _cluster.StartAsync("node-a");
        await _cluster.StartAsync("node-b");
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task PauseOnOneNode_StopsClaimsEverywhere_AndCancelOnAnotherNode_KillsTheFfmpegWithinTwoSeconds()
    {
        var a = _cluster.Nodes["node-a"].Client;
        var job = await a.SubmitAsync(LongRender);
        var (ffmpeg, runner) = await RenderingAsync(job, after: 0);
        var other = Other(runner);

        // Pause at the node that does not run it: the runner stops the job and puts it back in the queue.
        using (var pause = await _cluster.Nodes[other].Client.PostAsync("/api/queue/pause", null))
        {
            Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        }
        var requeued = (await a.ReadJobEventsAsync(job, m => m.Type == "job-status" && m.Status == "Queued" && m.Id > 1))[^1];
        Assert.True(await ExitsWithinAsync(ffmpeg, TimeSpan.FromSeconds(5)));
        foreach (var node in _cluster.Nodes.Values)
        {
            Assert.True((await node.Client.GetJsonAsync("/api/queue"))["paused"]!.GetValue<bool>());
        }
        using (var resume = await _cluster.Nodes[runner].Client.PostAsync("/api/queue/resume", null))
        {
            Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        }

        // Running again (on either node); a cancel sent to the other node kills its ffmpeg within 2 s.
        var (again, runnerNow) = await RenderingAsync(job, after: requeued.Id!.Value);
        var clock = Stopwatch.StartNew();
        using (var cancel = await _cluster.Nodes[Other(runnerNow)].Client.PostAsync($"/api/jobs/{job}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        Assert.True(await ExitsWithinAsync(again, TimeSpan.FromSeconds(2)), $"ffmpeg still ran {clock.Elapsed} after the cancel");
        Assert.Equal("Cancelled", (string?)(await a.WaitForFinalAsync(job))["status"]);
    }

    private string Other(string node) => _cluster.Nodes.Keys.Single(n => n != node);

    /// <summary>Waits for the job's render step to run after event <paramref name="after"/>; returns its ffmpeg and the node running it.</summary>
    private async Task<(int Ffmpeg, string Node)> RenderingAsync(string job, long after)
    {
        await _cluster.Nodes["node-a"].Client.ReadJobEventsAsync(job,
            m => m.Type == "step-progress" && (string?)m.Data?["step"] == "render", lastEventId: after, timeout: TimeSpan.FromSeconds(60));
        var ffmpeg = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(job, StringComparison.Ordinal));
        return (ffmpeg, _cluster.NodeRunning(ffmpeg));
    }

    private static async Task<bool> ExitsWithinAsync(int pid, TimeSpan timeout)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            await process.WaitForExitAsync().WaitAsync(timeout);
            return true;
        }
        catch (ArgumentException)
        {
            return true; // already gone
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
