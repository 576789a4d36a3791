using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;
using Xunit.Abstractions;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>
/// Issue 27 across nodes: one file's segments are segment jobs that any node takes; a node SIGKILLed in the middle of a
/// segment loses only that segment (another node encodes it again), no segment is committed twice, and the joined file
/// holds every frame of the source.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class SegmentedTranscodeNodesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(240);
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();
    private NodeCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await NodeCluster.CreateAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task ThreeNodes_SegmentsSpreadAndANodeKilledMidSegment_OnlyThatSegmentEncodedAgainAndEveryFrameKept()
    {
        var source = Path.Combine(_cluster.Media, "movie.mkv");
        // Tiny, yet slow enough per segment (about 250 frames at 320x180) that a segment is still encoding when looked at.
        await new FfmpegRunner(Tools, Runner).RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=60", "-f", "lavfi", "-i", "sine=f=440:d=60",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-g", "50", "-keyint_min", "50", "-sc_threshold", "0", "-c:a", "aac", "-shortest", source]);
        var sourceFrames = await FramesAsync(source);
        foreach (var name in new[] { "node-a", "node-b", "node-c" })
        {
            await _cluster.StartAsync(name);
        }
        var a = _cluster.Nodes["node-a"].Client;
        var jobId = await a.SubmitAsync(new JsonObject
        {
            ["type"] = "transcode",
            ["preset"] = "compress-hevc",
            ["inputs"] = new JsonObject { ["path"] = source },
            ["options"] = new JsonObject { ["segmentSeconds"] = 10 },
        }.ToJsonString());

        var children = await SegmentJobEvents.WaitForChildrenAsync(a, jobId, Slow);
        Assert.Equal(6, children.Count);
        // Kill the node encoding segment 2 while its ffmpeg runs (its first progress, well before its end).
        var victimJob = (string)children[2]["jobId"]!;
        try
        {
            await a.ReadJobEventsAsync(victimJob, m => m.Type == "step-progress" && (double?)m.Data?["progressPct"] < 60, timeout: Slow);
        }
        catch (OperationCanceledException)
        {
            var states = (await SegmentJobEvents.ChildrenAsync(a, jobId)).Select(c => $"{c["inputs"]!["index"]}: {c["status"]} {c["message"]} {c["errors"]?.ToJsonString()}");
            Assert.Fail($"segment 2 showed no progress; parent {(await a.GetJobAsync(jobId))["message"]}; segments: {string.Join("; ", states)}");
        }
        var ffmpeg = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid) is var line
            && line.Contains(jobId, StringComparison.Ordinal) && line.Contains(SegmentPaths.Partial(2), StringComparison.Ordinal));
        var victim = _cluster.NodeRunning(ffmpeg);
        var survivor = _cluster.Nodes.First(n => n.Key != victim).Value.Client;
        await _cluster.Nodes[victim].KillAsync();
        var final = await WaitForFinalAsync(survivor, jobId);

        Assert.Equal("Succeeded", (string?)final["status"]);
        var events = await SegmentJobEvents.ReadAsync(survivor, jobId);
        foreach (var e in events)
        {
            output.WriteLine($"{e.JobId} {e.Message}");
        }
        // Only the killed segment ran twice: once on the victim, once on a survivor.
        var starts = events.Where(e => e.IsStart).GroupBy(e => e.Index).ToDictionary(g => g.Key, g => g.Select(e => e.Node).ToList());
        Assert.Equal([0, 1, 2, 3, 4, 5], starts.Keys.Order());
        Assert.All(starts.Where(s => s.Key != 2), s => Assert.Single(s.Value));
        Assert.Equal(2, starts[2].Count);
        Assert.Equal(victim, starts[2][0]);
        Assert.NotEqual(victim, starts[2][1]);
        // Each segment committed exactly once, and the commits came from at least two nodes.
        var commits = events.Where(e => e.IsCommit).ToList();
        Assert.Equal([0, 1, 2, 3, 4, 5], commits.Select(e => e.Index).Order());
        Assert.True(commits.Select(e => e.Node).Distinct().Count() >= 2, string.Join(", ", commits.Select(e => $"{e.Index}@{e.Node}")));
        // The job records each segment's node and job, as the dashboard shows them.
        var recorded = final["results"]![TranscodeResults.SegmentJobs]!.AsArray();
        Assert.Equal(commits.OrderBy(e => e.Index).Select(e => e.Node), recorded.Select(r => (string?)r!["node"]));
        Assert.Equal(sourceFrames, await FramesAsync(source));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_cluster.Media), f => Path.GetFileName(f).Contains(".mediajobs-tmp.", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"victim {victim}; segment nodes {string.Join(", ", recorded.Select(r => (string?)r!["node"]))}"));
    }

    /// <summary>The job's stream ends with its terminal event; read it from a node still alive.</summary>
    private static async Task<JsonObject> WaitForFinalAsync(HttpClient client, string jobId)
    {
        await client.ReadJobEventsAsync(jobId, timeout: Slow);
        return await client.GetJobAsync(jobId);
    }

    private static async Task<int> FramesAsync(string path) =>
        (await new KeyframeProbe(Tools, Runner).ListAsync(path, (await new FfprobeClient(Tools, Runner).ProbeAsync(path)).PrimaryVideo!.Index, null, CancellationToken.None)).Count;
}
