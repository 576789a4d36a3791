using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>Three real server processes on one private PostgreSQL and one data folder.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class MultiNodeTests : IAsyncLifetime
{
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();
    private NodeCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await NodeCluster.CreateAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task ThreeNodes_SixtyJobsAndAKilledEncoder_SpreadFinishElsewhereResumeAndNeverOverlap()
    {
        var source = Path.Combine(_cluster.Media, "movie.mp4");
        await new FfmpegRunner(Tools, Runner).RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=30",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", source]);
        foreach (var name in new[] { "node-a", "node-b", "node-c" })
        {
            await _cluster.StartAsync(name);
        }
        var streams = _cluster.Nodes.ToDictionary(n => n.Key, n => new GlobalStreamRecorder(n.Value.Client));
        var a = _cluster.Nodes["node-a"].Client;

        var transcode = await a.SubmitAsync(new JsonObject { ["type"] = "transcode", ["preset"] = "compress-hevc", ["inputs"] = new JsonObject { ["path"] = source } }.ToJsonString());
        var others = new List<string>();
        for (var i = 0; i < 59; i++)
        {
            var client = _cluster.Nodes.Values.ElementAt(i % 3).Client;
            others.Add(await client.SubmitAsync(i % 4 == 0
                ? """{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":0.5,"width":160,"height":120}}"""
                : """{"type":"noop","inputs":{"steps":3}}"""));
        }
        await a.ReadJobEventsAsync(transcode, m => m.Type == "step-progress" && (string?)m.Data?["step"] == "encode", timeout: TimeSpan.FromSeconds(60));
        var ffmpeg = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(transcode, StringComparison.Ordinal));
        var victim = _cluster.NodeRunning(ffmpeg);

        await _cluster.Nodes[victim].KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        // The node's death reaches its tools (parent-death signal): its ffmpeg is gone within a second.
        var ffmpegGoneAt = await ToolRuns.WaitGoneAsync(ffmpeg, TimeSpan.FromSeconds(1));
        Assert.True(ffmpegGoneAt is not null, "the killed node's ffmpeg still runs 1 s after the kill");
        var survivor = _cluster.Nodes.First(n => n.Key != victim).Value.Client;
        var final = await WaitForFinalAsync(survivor, transcode, NodeCluster.Lease + TimeSpan.FromSeconds(90));
        var finishedAt = DateTimeOffset.UtcNow;
        foreach (var id in others)
        {
            Assert.Equal("Succeeded", (string?)(await WaitForFinalAsync(survivor, id, TimeSpan.FromSeconds(90)))["status"]);
        }

        var log = await ReadLogAsync(survivor, [transcode, .. others]);
        Assert.Equal("Succeeded", (string?)final["status"]);
        // Rescue: requeued within lease + 10 s of the kill; done within that plus the re-run encode itself
        // (which the machine's load, not the engine, decides).
        var recovered = At(log[transcode].Single(e => (string?)e["message"] == "Recovered after its worker's lease expired"));
        var rerun = log[transcode].Where(e => (string?)e["type"] == "step-status" && (string?)e["payload"]?["step"] == "encode").ToList();
        var rerunEncode = At(rerun[^1]) - At(rerun[^2]);
        Assert.True(recovered - killedAt < NodeCluster.Lease + TimeSpan.FromSeconds(10), $"requeued {recovered - killedAt} after the kill:\n" + Timeline(log[transcode]));
        Assert.True(finishedAt - killedAt < NodeCluster.Lease + TimeSpan.FromSeconds(10) + rerunEncode, $"finished {finishedAt - killedAt} after the kill:\n" + Timeline(log[transcode]));
        // No step ran on two nodes at once, by the tools' own start and end times: the rescuer's tools started
        // after the killed node's ffmpeg was gone.
        ToolRuns.AssertNoneOverlaps(ToolRuns.Of(_cluster.Data, transcode), killedAt, ffmpegGoneAt!.Value);
        var probe = await new FfprobeClient(Tools, Runner).ProbeAsync(source);
        Assert.Equal("hevc", probe.PrimaryVideo?.CodecName);
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 29, 31);

        var steps = StepRuns(log[transcode]);
        Assert.Equal(1, steps.Count(r => r.Step == "probe"));
        Assert.Equal(2, steps.Count(r => r.Step == "encode"));
        var encodes = steps.Where(r => r.Step == "encode").ToList();
        Assert.StartsWith(victim + "/", encodes[0].Worker);
        Assert.DoesNotContain(victim + "/", encodes[1].Worker);
        // The job's steps name the node that ran each: probe on the killed node, the re-run encode where it resumed.
        var stepNodes = final["steps"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => (string?)s!["node"]);
        Assert.Equal(victim, stepNodes["probe"]);
        Assert.Equal(encodes[1].Worker.Split('/')[0], stepNodes["encode"]);
        foreach (var (id, events) in log)
        {
            AssertNoOverlappingRuns(id, events);
        }
        var ranSome = log.Values.SelectMany(StepRuns).Select(r => r.Worker.Split('/')[0]).ToHashSet();
        Assert.Equal(["node-a", "node-b", "node-c"], ranSome.Order());

        // Every node's global stream saw every event of every job (wherever it ran), in order, once.
        var allIds = log.Values.SelectMany(e => e).Select(e => (long)e["id"]!).Order().ToList();
        foreach (var (name, stream) in streams)
        {
            await stream.DisposeAsync();
            if (name == victim)
            {
                continue;
            }
            var seen = stream.Events.Where(e => (string?)e.Data?["jobId"] is { } j && log.ContainsKey(j)).Select(e => e.Id!.Value).ToList();
            Assert.Equal(seen.Order(), seen);
            Assert.Equal(allIds, seen);
        }
    }

    private static async Task<JsonObject> WaitForFinalAsync(HttpClient client, string jobId, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var response = await client.OpenSseAsync($"/api/jobs/{jobId}/events", ct: cts.Token);
        await foreach (var _ in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
        }
        return await client.GetJobAsync(jobId);
    }

    /// <summary>Each job's whole event log, from the JSON event pages.</summary>
    private static async Task<Dictionary<string, List<JsonObject>>> ReadLogAsync(HttpClient client, IEnumerable<string> ids)
    {
        var log = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var page = await client.GetJsonAsync($"/api/jobs/{id}/events?after=0&limit=1000");
            log[id] = [.. page["events"]!.AsArray().Select(e => e!.AsObject())];
        }
        return log;
    }

    private static DateTimeOffset At(JsonObject e) => e["timestampUtc"]!.GetValue<DateTimeOffset>();

    private static string Timeline(List<JsonObject> events) => string.Join('\n', events.Select(e =>
        $"{(string?)e["timestampUtc"]} {(string?)e["type"]} {(string?)e["payload"]?["step"]} {(string?)e["payload"]?["status"]} {(string?)e["payload"]?["worker"]} {(string?)e["message"]}"));

    private sealed record StepRun(string Step, string Worker, long StartId);

    private static List<StepRun> StepRuns(List<JsonObject> events) =>
        [.. events.Where(e => (string?)e["type"] == "step-status" && (string?)e["payload"]?["status"] == "Running")
            .Select(e => new StepRun((string)e["payload"]!["step"]!, (string)e["payload"]!["worker"]!, (long)e["id"]!))];

    /// <summary>
    /// Overlap would show as workers interleaving in one job's log: a step event of worker B between two of
    /// worker A. Each worker's step events must form one unbroken run.
    /// </summary>
    private static void AssertNoOverlappingRuns(string jobId, List<JsonObject> events)
    {
        var workers = events.Select(e => (string?)e["payload"]?["worker"]).OfType<string>().ToList();
        var finished = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < workers.Count; i++)
        {
            Assert.False(finished.Contains(workers[i]), $"job {jobId}: {workers[i]} ran again after another worker had started");
            if (i + 1 < workers.Count && workers[i + 1] != workers[i])
            {
                finished.Add(workers[i]);
            }
        }
    }
}
