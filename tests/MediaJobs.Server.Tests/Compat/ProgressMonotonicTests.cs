using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Every progress value a transcode emits, on the native stream (job and step percentages) and on Shrinkray's stream
/// (the job's <c>progress</c>), never goes down; Shrinkray's discovery counts come once each, before the jobs they add.
/// </summary>
[Trait("Tier", "Media")]
public sealed class ProgressMonotonicTests(ShrinkRayServer server) : IClassFixture<ShrinkRayServer>
{
    private const string Base = "/compat/shrinkray";
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task Transcode_ProgressNeverDecreases_OnTheNativeAndShrinkrayStreams()
    {
        var file = server.CopySource("Monotonic-" + Guid.NewGuid().ToString("N"));
        await using var global = await SseRecorder.OpenAsync(_client, "/api/jobs/stream");
        await using var shrinkray = await SseRecorder.OpenAsync(_client, $"{Base}/api/jobs/stream");

        using var create = await _client.PostJsonAsync($"{Base}/api/jobs", new JsonObject { ["paths"] = new JsonArray(file), ["preset_id"] = "compress-hevc", ["smartshrink_quality"] = "" }.ToJsonString());
        var done = await shrinkray.WaitForAsync(m => (string?)m.Data?["type"] == "complete" && (string?)m.Data["job"]!["input_path"] == file, TimeSpan.FromSeconds(120), "complete");
        var id = (string)done.Data!["job"]!["id"]!;
        await global.WaitForAsync(m => m.Type == "job-completed" && (string?)m.Data?["jobId"] == id, TimeSpan.FromSeconds(20), "native job-completed");

        var native = global.Messages.Where(m => (string?)m.Data?["jobId"] == id).ToList();
        var jobPercents = native.Select(m => m.Data!["jobProgressPct"]).OfType<JsonValue>().Select(v => v.GetValue<double>()).ToList();
        Assert.True(jobPercents.Count >= 5, $"{jobPercents.Count} job percentages recorded");
        AssertNeverDecreases(jobPercents, "native jobProgressPct");
        foreach (var step in native.Where(m => m.Type == "step-progress").GroupBy(m => (string?)m.Data!["step"]))
        {
            AssertNeverDecreases([.. step.Select(m => m.Data!["progressPct"]!.GetValue<double>())], $"native step {step.Key}");
        }
        var frames = shrinkray.Messages.Where(m => (string?)m.Data?["job"]?["id"] == id && m.Data!["job"]!["progress"] is not null).ToList();
        AssertNeverDecreases([.. frames.Select(m => m.Data!["job"]!["progress"]!.GetValue<double>())], "Shrinkray progress");
        Assert.Equal(100, frames[^1].Data!["job"]!["progress"]!.GetValue<double>());

        var types = shrinkray.Messages.Select(m => (string?)m.Data?["type"]).ToList();
        var counts = shrinkray.Messages.Where(m => (string?)m.Data?["type"] == "discovery_progress").Select(m => (int)m.Data!["probed"]!).ToList();
        Assert.Equal(counts.Distinct(), counts);
        Assert.True(types.LastIndexOf("discovery_progress") < types.IndexOf("added"), string.Join(",", types));
    }

    private static void AssertNeverDecreases(IReadOnlyList<double> values, string what)
    {
        for (var i = 1; i < values.Count; i++)
        {
            Assert.True(values[i] >= values[i - 1], $"{what} went down: {string.Join(" → ", values)}");
        }
    }
}
