using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The calls the real Shrinkray UI (gwlsn/shrinkray web/templates/index.html) makes besides the seed's: browse,
/// browse stream, reconcile, presets, encoders, config, cache clear, Pushover test; and its create body with
/// <c>"smartshrink_quality": ""</c>, which also unpauses the queue as the real server does.
/// </summary>
[Trait("Tier", "Media")]
public sealed class ShrinkRayUiRoutesTests(ShrinkRayServer server) : IClassFixture<ShrinkRayServer>
{
    private const string Base = "/compat/shrinkray";
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task Browse_EmptyPathIsTheMediaRoot_FoldersCarryCounts_FilesCarryVideoInfo()
    {
        var file = server.CopySource("Library-" + Guid.NewGuid().ToString("N"));
        var folder = Path.GetDirectoryName(file)!;

        var root = await _client.GetJsonAsync($"{Base}/api/browse");
        var inside = await _client.GetJsonAsync($"{Base}/api/browse?path={Uri.EscapeDataString(folder)}");

        Assert.Equal(server.MediaRoot, (string?)root["path"]);
        Assert.False(root.ContainsKey("parent"));
        var dir = root["entries"]!.AsArray().Single(e => (string?)e!["path"] == folder)!;
        Assert.True((bool)dir["is_dir"]!);
        Assert.Equal(1, (int)dir["file_count"]!);
        Assert.Equal(new FileInfo(file).Length, (long)dir["total_size"]!);
        Assert.Equal(server.MediaRoot, (string?)inside["parent"]);
        var video = inside["entries"]!.AsArray().Single()!;
        Assert.Equal(["name", "path", "is_dir", "size", "mod_time", "video_info", "file_count", "total_size"], video.AsObject().Select(p => p.Key));
        Assert.Equal("h264", (string?)video["video_info"]!["video_codec"]);
        Assert.Equal(160, (int)video["video_info"]!["width"]!);
        Assert.InRange((long)video["video_info"]!["duration"]!, 900_000_000L, 1_100_000_000L);
        Assert.False((bool)video["video_info"]!["is_hevc"]!);
        Assert.Equal(1, (int)inside["video_count"]!);
    }

    [Theory]
    [InlineData("/etc", HttpStatusCode.BadRequest)]
    [InlineData("{root}/../..", HttpStatusCode.BadRequest)]
    [InlineData("{root}/missing", HttpStatusCode.NotFound)]
    public async Task Browse_OutsideOrMissing_IsAnErrorInTheSeedShape(string path, HttpStatusCode status)
    {
        foreach (var route in new[] { "/api/browse", "/api/browse/stream" })
        {
            using var response = await _client.GetAsync($"{Base}{route}?path={Uri.EscapeDataString(path.Replace("{root}", server.MediaRoot, StringComparison.Ordinal))}");

            Assert.Equal(status, response.StatusCode);
            Assert.Equal(["error"], (await response.ReadJsonAsync()).Select(p => p.Key));
        }
    }

    [Fact]
    public async Task BrowseStream_SendsConnected_ThenFileUpdateAfterATranscodeReplacedTheFile()
    {
        var file = server.CopySource("Stream-" + Guid.NewGuid().ToString("N"));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        using var response = await _client.OpenSseAsync($"{Base}/api/browse/stream?path={Uri.EscapeDataString(Path.GetDirectoryName(file)!)}", ct: cts.Token);
        var frames = SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await frames.MoveNextAsync());
        Assert.Equal("connected", frames.Current.Comment?.Trim());

        using var create = await _client.PostJsonAsync($"{Base}/api/jobs", new JsonObject { ["paths"] = new JsonArray(file), ["preset_id"] = "compress-hevc", ["smartshrink_quality"] = "" }.ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, create.StatusCode);
        SseMessage? update = null;
        while (update is null && await frames.MoveNextAsync())
        {
            update = frames.Current.Data is { } d && (string?)d["type"] == "file_update" ? frames.Current : null;
        }
        await frames.DisposeAsync();

        Assert.Equal(file, (string?)update!.Data!["path"]);
        Assert.Equal("hevc", (string?)update.Data["video_info"]!["video_codec"]);
        Assert.Equal(new FileInfo(file).Length, (long)update.Data["size"]!);
    }

    [Fact]
    public async Task PresetsAndEncoders_AreTheRealCapabilityReport()
    {
        var presets = (await _client.GetAsync($"{Base}/api/presets")).Content.ReadAsStringAsync();
        var list = JsonNode.Parse(await presets)!.AsArray();
        var encoders = await _client.GetJsonAsync($"{Base}/api/encoders");

        Assert.Equal(["smartshrink-hevc", "smartshrink-av1", "compress-hevc", "compress-av1", "1080p", "720p"], list.Select(p => (string?)p!["id"]));
        Assert.All(list, p => Assert.Equal(["id", "name", "description", "encoder", "codec", "max_height", "is_smart_shrink"], p!.AsObject().Select(x => x.Key)));
        Assert.Equal("Compress (HEVC) [SW]", (string?)list[2]!["name"]);
        Assert.Equal(720, (int)list[5]!["max_height"]!);
        Assert.Contains(encoders["encoders"]!.AsArray(), e => (string?)e!["encoder"] == "libx265" && (string?)e["accel"] == "none");
        Assert.Equal("hevc", (string?)encoders["best"]!["codec"]);
        Assert.False((bool)encoders["vmaf_available"]!, "Debian's FFmpeg has no libvmaf");
    }

    [Fact]
    public async Task Config_ReadsRealSettings_UpdatesKnownOnes_RefusesTheRest()
    {
        var before = await _client.GetJsonAsync($"{Base}/api/config");
        using var workers = await _client.PutAsync($"{Base}/api/config", Json("""{"workers": 2, "quality_hevc": 24, "original_handling": "keep"}"""));
        var after = await _client.GetJsonAsync($"{Base}/api/config");

        using var schedule = await _client.PutAsync($"{Base}/api/config", Json("""{"workers": 3, "schedule_enabled": true}"""));
        var afterRefusal = await _client.GetJsonAsync($"{Base}/api/config");
        using var unknown = await _client.PutAsync($"{Base}/api/config", Json("""{"colour": "blue"}"""));
        using var badRange = await _client.PutAsync($"{Base}/api/config", Json("""{"workers": -1}"""));
        using var restore = await _client.PutAsync($"{Base}/api/config", Json("""{"workers": 1, "quality_hevc": 0, "original_handling": "replace"}"""));

        Assert.Equal(1, (int)before["workers"]!);
        Assert.Equal(server.MediaRoot, (string?)before["media_path"]);
        Assert.Equal("""{"status":"updated"}""", await workers.Content.ReadAsStringAsync());
        Assert.Equal(2, (int)after["workers"]!);
        Assert.Equal(24, (int)after["quality_hevc"]!);
        Assert.Equal("keep", (string?)after["original_handling"]);

        Assert.Equal("""{"error":"schedule_enabled is not supported by MediaJobs"}""", await schedule.Content.ReadAsStringAsync());
        Assert.Equal(2, (int)afterRefusal["workers"]!);
        Assert.Equal("""{"error":"unknown setting: colour"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badRange.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
    }

    [Fact]
    public async Task CacheClear_Reconcile_AndPushoverTestWithoutCredentials()
    {
        using var clear = await _client.PostAsync($"{Base}/api/cache/clear", null);
        using var reconcile = await _client.PostAsync($"{Base}/api/browse/reconcile?path={Uri.EscapeDataString(server.MediaRoot)}&recursive=true", null);
        using var pushover = await _client.PostAsync($"{Base}/api/pushover/test", null);

        Assert.Equal("""{"status":"cache cleared"}""", await clear.Content.ReadAsStringAsync());
        Assert.Equal("""{"status":"reconciling"}""", await reconcile.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, pushover.StatusCode);
        Assert.Equal("""{"error":"Pushover credentials not configured"}""", await pushover.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_UnpausesTheQueue_AndAFinishedJobIsRemovedByDelete()
    {
        var file = server.CopySource("Unpause-" + Guid.NewGuid().ToString("N"));
        using var pause = await _client.PostAsync($"{Base}/api/queue/pause", null);
        await using var stream = await SseRecorder.OpenAsync(_client, $"{Base}/api/jobs/stream");

        using var create = await _client.PostJsonAsync($"{Base}/api/jobs", new JsonObject { ["paths"] = new JsonArray(file), ["preset_id"] = "compress-hevc", ["smartshrink_quality"] = "" }.ToJsonString());
        var queue = await _client.GetJsonAsync("/api/queue");
        Assert.True(create.StatusCode == HttpStatusCode.Accepted, await create.Content.ReadAsStringAsync());
        var done = await stream.WaitForAsync(m => (string?)m.Data?["type"] == "complete" && (string?)m.Data["job"]!["input_path"] == file, TimeSpan.FromSeconds(60), "complete");
        var id = (string)done.Data!["job"]!["id"]!;
        using var remove = await _client.DeleteAsync($"{Base}/api/jobs/{id}");
        await stream.WaitForAsync(m => (string?)m.Data?["type"] == "removed" && (string?)m.Data["job"]!["id"] == id, TimeSpan.FromSeconds(20), "removed");
        using var gone = await _client.GetAsync($"{Base}/api/jobs/{id}");

        Assert.Equal(HttpStatusCode.Accepted, create.StatusCode);
        Assert.False((bool)queue["paused"]!);
        Assert.Equal("""{"removed":true}""", await remove.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
