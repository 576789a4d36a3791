using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// What Shrinkray's web UI draws from the stream, on the fake ffmpeg: a retried transcode's bar starts at 0 and rises
/// (issue 25: it read 100 % and ETA 00:00:00 through the whole re-encode), and a SmartShrink job shows its quality search
/// as <c>analyzing</c> before <c>encoding</c>, then its VMAF score, CRF and tier.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class ShrinkRayLiveProgressTests(ShrinkRayFakeEncodeServer server) : IClassFixture<ShrinkRayFakeEncodeServer>
{
    private const string Base = "/compat/shrinkray";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task Retry_VerifyLostTheTemp_ReencodeFramesStartNearZeroAndNeverFall()
    {
        var source = server.NewSource("Retry-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(source)!, ShrinkRayFakeEncodeServer.VerifyFailsOnce), "");
        using var cts = new CancellationTokenSource(Limit);
        await using var frames = await OpenAsync(cts.Token);
        var id = await _client.SubmitAsync(Transcode(source, "compress-hevc"));
        Assert.Equal("failed", (string?)(await frames.NextForAsync(id, "failed", "complete"))["type"]);

        using var retry = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
        Assert.True(retry.IsSuccessStatusCode, await retry.Content.ReadAsStringAsync());
        var run = await frames.UntilAsync(id, "complete", "failed");

        Assert.Equal("complete", (string?)run[^1]["type"]);
        var shown = run.Where(f => (string?)f["type"] is "started" or "progress").Select(f => f["job"]!).ToList();
        var percents = shown.Select(j => (double)j["progress"]!).ToList();
        Assert.True(percents.Count >= 3, string.Join(", ", percents));
        Assert.True(percents[0] < 5, $"the retried run starts at {percents[0]} %: {string.Join(", ", percents)}");
        Assert.Equal(percents.Order(), percents);
        Assert.Contains(percents, p => p is > 0 and < 100);
        Assert.Equal("", (string?)shown[0]["eta"]);
    }

    [Fact]
    public async Task SmartShrink_QualitySearch_AnalyzingBeforeEncodingThenScoreAndCrfOnTheJob()
    {
        var source = server.NewSource("Smart-" + Guid.NewGuid().ToString("N"));
        using var cts = new CancellationTokenSource(Limit);
        await using var frames = await OpenAsync(cts.Token);

        var id = await _client.SubmitAsync(Transcode(source, "smartshrink-hevc", "good"));
        var run = await frames.UntilAsync(id, "complete", "failed", "skipped");

        Assert.Equal("complete", (string?)run[^1]["type"]);
        var running = run.Select(f => f["job"]!).Where(j => (string?)j["status"] == "running").ToList();
        var phases = running.Select(j => (string?)j["phase"]).ToList();
        var analyzing = phases.IndexOf("analyzing");
        var encoding = phases.IndexOf("encoding");
        Assert.True(analyzing >= 0 && encoding > analyzing, string.Join(", ", phases));
        Assert.All(running.Where(j => (string?)j["phase"] == "analyzing"), j => Assert.Equal(0, (double)j["progress"]!));
        var job = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");
        Assert.Equal(ShrinkRayFakeEncodeServer.Score, (double)job["vmaf_score"]!);
        Assert.Equal(34, (int)job["selected_crf"]!); // every CRF passes, so the search ends at the top of 16–34
        Assert.Equal("good", (string?)job["smartshrink_quality"]);
    }

    [Fact]
    public async Task CompressPreset_Running_HasNoPhaseNorSmartShrinkFields()
    {
        var source = server.NewSource("Plain-" + Guid.NewGuid().ToString("N"));
        using var cts = new CancellationTokenSource(Limit);
        await using var frames = await OpenAsync(cts.Token);

        var id = await _client.SubmitAsync(Transcode(source, "compress-hevc"));
        var run = await frames.UntilAsync(id, "complete", "failed", "skipped");

        Assert.Equal("complete", (string?)run[^1]["type"]);
        Assert.All(run.Select(f => f["job"]!.AsObject()), j =>
        {
            Assert.False(j.ContainsKey("phase"));
            Assert.False(j.ContainsKey("vmaf_score"));
            Assert.False(j.ContainsKey("selected_crf"));
        });
    }

    private static string Transcode(string path, string preset, string? quality = null)
    {
        var inputs = new JsonObject { ["path"] = path };
        if (quality is not null)
        {
            inputs["smartshrink_quality"] = quality;
        }
        return new JsonObject { ["type"] = "transcode", ["preset"] = preset, ["inputs"] = inputs }.ToJsonString();
    }

    private async Task<ShrinkRayFrames> OpenAsync(CancellationToken ct)
    {
        var response = await _client.OpenSseAsync($"{Base}/api/jobs/stream", ct: ct);
        var frames = new ShrinkRayFrames(response, SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(ct), ct).GetAsyncEnumerator(ct));
        Assert.Equal("init", (string?)(await frames.NextAsync())["type"]);
        return frames;
    }
}
