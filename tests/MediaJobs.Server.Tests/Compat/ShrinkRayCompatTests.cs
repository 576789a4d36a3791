using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Seed 002's examples, each as assertions against the live server under /compat/shrinkray.</summary>
[Trait("Tier", "Media")]
public sealed partial class ShrinkRayCompatTests(ShrinkRayServer server) : IClassFixture<ShrinkRayServer>
{
    private const string Base = "/compat/shrinkray";
    private static readonly TimeSpan TranscodeTimeout = TimeSpan.FromSeconds(120);
    private static readonly string[] JobFields =
    [
        "id", "input_path", "output_path", "preset_id", "encoder", "is_hardware", "status", "progress", "speed", "eta",
        "input_size", "output_size", "space_saved", "duration_ms", "bitrate", "width", "height", "frame_rate", "video_codec",
        "profile", "bit_depth", "is_hdr", "transcode_secs", "created_at", "started_at", "completed_at",
    ];
    private static readonly string[] StatsFields =
        ["pending", "running", "complete", "failed", "cancelled", "skipped", "total", "total_saved", "session_saved", "lifetime_saved"];
    private static readonly string[] StatusWords = ["pending", "running", "complete", "failed", "cancelled", "skipped"];
    private static readonly string[] EventTypes =
        ["init", "added", "jobs_added", "discovery_progress", "started", "progress", "complete", "failed", "skipped", "cancelled", "requeued", "removed", "notify_sent"];

    private readonly HttpClient _client = server.Factory.CreateClient();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex Rfc3339();

    [Fact]
    public async Task Create_Folder_TranscodesToHevc_WithTypedStreamEvents_StatsAndNativeVisibility()
    {
        var source = server.CopySource("Movies-" + Guid.NewGuid().ToString("N"));
        var originalSize = new FileInfo(source).Length;
        using var cts = new CancellationTokenSource(TranscodeTimeout);
        using var stream = await _client.OpenSseAsync($"{Base}/api/jobs/stream", ct: cts.Token);
        var messages = SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token).GetAsyncEnumerator(cts.Token);
        var init = await NextDataAsync(messages);
        Assert.Equal(["type", "jobs", "stats"], init.Select(p => p.Key));
        Assert.Equal("init", (string?)init["type"]);
        Assert.Equal(StatsFields, init["stats"]!.AsObject().Select(p => p.Key));

        using var create = await _client.PostJsonAsync($"{Base}/api/jobs", $$"""{"paths": ["{{Path.GetDirectoryName(source)}}"], "preset_id": "compress-hevc"}""");
        Assert.Equal(HttpStatusCode.Accepted, create.StatusCode);
        var created = await create.ReadJsonAsync();
        Assert.Equal(["status", "message"], created.Select(p => p.Key));
        Assert.Equal("processing", (string?)created["status"]);
        Assert.Equal("Processing 1 paths in background...", (string?)created["message"]);

        // Typed events, each a plain message event, until this file's job completes.
        var seen = new List<JsonObject>();
        JsonObject? done = null;
        while (done is null)
        {
            var data = await NextDataAsync(messages);
            seen.Add(data);
            Assert.Contains((string?)data["type"], EventTypes);
            if (data["job"] is JsonObject j && (string?)j["input_path"] == source && (string?)data["type"] is "complete" or "failed" or "skipped")
            {
                done = data;
            }
        }
        Assert.Equal("complete", (string?)done["type"]);
        var types = seen.Select(d => (string?)d["type"]).ToList();
        Assert.Contains("added", types);
        Assert.Contains("started", types);
        Assert.Contains("progress", types);
        Assert.Contains("discovery_progress", types);
        var discovery = seen.First(d => (string?)d["type"] == "discovery_progress");
        Assert.Equal(["type", "probed", "total"], discovery.Select(p => p.Key));
        Assert.True(types.IndexOf("added") < types.IndexOf("started"));
        Assert.All(seen.Where(d => d["job"] is not null), d => Assert.Equal(["type", "job"], d.Select(p => p.Key)));
        if (!types.Contains("jobs_added"))
        {
            seen.Add(await WaitForTypeAsync(messages, "jobs_added"));
        }
        Assert.Equal(1, (int)seen.Single(d => (string?)d["type"] == "jobs_added")["count"]!);

        // GET /api/jobs/{id}: every documented field, in seed units.
        var id = (string)done["job"]!["id"]!;
        var job = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");
        Assert.Equal(JobFields, job.Select(p => p.Key));
        Assert.Equal("complete", (string?)job["status"]);
        Assert.Equal("compress-hevc", (string?)job["preset_id"]);
        Assert.Equal(100, job["progress"]!.GetValue<double>());
        Assert.Equal(originalSize, (long)job["input_size"]!);
        Assert.True((long)job["output_size"]! > 0);
        Assert.Equal(originalSize - (long)job["output_size"]!, (long)job["space_saved"]!);
        Assert.InRange((long)job["duration_ms"]!, 900, 1100);
        Assert.Equal(160, (int)job["width"]!);
        Assert.Equal(120, (int)job["height"]!);
        Assert.Equal(25, job["frame_rate"]!.GetValue<double>(), 2);
        Assert.Equal("h264", (string?)job["video_codec"]);
        Assert.Equal(8, (int)job["bit_depth"]!);
        Assert.False((bool)job["is_hdr"]!);
        Assert.False(string.IsNullOrEmpty((string?)job["encoder"]));
        Assert.IsType<bool>(job["is_hardware"]!.GetValue<bool>());
        Assert.True((long)job["bitrate"]! > 0);
        Assert.Equal("", (string?)job["eta"]);
        Assert.All(new[] { "created_at", "started_at", "completed_at" }, f => Assert.Matches(Rfc3339(), (string?)job[f]));
        var output = (string)job["output_path"]!;
        Assert.Equal("hevc", (await RunAsync("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name", "-of", "csv=p=0", output)).Output.Trim());

        // List with stats; stats; session reset.
        var list = await _client.GetJsonAsync($"{Base}/api/jobs");
        Assert.Equal(["jobs", "stats"], list.Select(p => p.Key));
        Assert.Contains(list["jobs"]!.AsArray(), j => (string?)j!["id"] == id);
        Assert.All(list["jobs"]!.AsArray(), j => Assert.Contains((string?)j!["status"], StatusWords));
        var stats = await _client.GetJsonAsync($"{Base}/api/stats");
        Assert.Equal(StatsFields, stats.Select(p => p.Key));
        Assert.True((int)stats["complete"]! >= 1);
        Assert.True((long)stats["total_saved"]! > 0);
        Assert.True((long)stats["session_saved"]! > 0);
        Assert.True((long)stats["lifetime_saved"]! > 0);
        using var reset = await _client.PostAsync($"{Base}/api/stats/reset-session", null);
        Assert.Equal("""{"status":"session reset"}""", await reset.Content.ReadAsStringAsync());
        var after = await _client.GetJsonAsync($"{Base}/api/stats");
        Assert.Equal(0, (long)after["session_saved"]!);
        Assert.True((long)after["lifetime_saved"]! > 0);

        // The same job through the native API.
        var native = await _client.GetJobAsync(id);
        Assert.Equal("transcode", (string?)native["type"]);
        Assert.Equal("Succeeded", (string?)native["status"]);
    }

    [Theory]
    [InlineData("""{"preset_id": "compress-hevc"}""", "paths")]
    [InlineData("""{"paths": [], "preset_id": "compress-hevc"}""", "paths")]
    [InlineData("""{"paths": ["/media/Movies/Movie.mkv"]}""", "preset_id")]
    [InlineData("""{"paths": ["/media/Movies/Movie.mkv"], "preset_id": "compress-h266"}""", "preset_id")]
    [InlineData("""{"paths": ["/media/Movies/Movie.mkv", "/media/TV/Show"], "preset_id": "compress-hevc"}""", "outside the")]
    public async Task Create_BadBody_Returns400WithErrorShape(string body, string mentions)
    {
        using var response = await _client.PostJsonAsync($"{Base}/api/jobs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal(["error"], json.Select(p => p.Key));
        Assert.Contains(mentions, (string?)json["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SmartShrinkWithoutQuality_Is400_WithQuality_Is202()
    {
        var folder = Path.GetDirectoryName(server.CopySource("Smart-" + Guid.NewGuid().ToString("N")))!;
        await PauseAsync();
        try
        {
            using var missing = await _client.PostJsonAsync($"{Base}/api/jobs", $$"""{"paths": ["{{folder}}"], "preset_id": "smartshrink-hevc"}""");
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Contains("smartshrink_quality", (string?)(await missing.ReadJsonAsync())["error"], StringComparison.Ordinal);

            using var ok = await _client.PostJsonAsync($"{Base}/api/jobs", $$"""{"paths": ["{{folder}}"], "preset_id": "smartshrink-hevc", "smartshrink_quality": "good"}""");
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
            Assert.Equal("processing", (string?)(await ok.ReadJsonAsync())["status"]);
        }
        finally
        {
            // Cancel the queued discovery (through the native API) so no SmartShrink search runs behind later tests.
            var queued = await _client.GetJsonAsync("/api/jobs?type=transcode-discovery&status=Queued&limit=500");
            foreach (var item in queued["items"]!.AsArray())
            {
                using var cancel = await _client.PostAsync($"/api/jobs/{(string)item!["jobId"]!}/cancel", null);
            }
            await ResumeAsync();
        }
    }

    [Fact]
    public async Task UnknownJob_GetCancelRetry_Are404WithErrorShape()
    {
        using var get = await _client.GetAsync($"{Base}/api/jobs/1705432100000-1");
        using var cancel = await _client.DeleteAsync($"{Base}/api/jobs/1705432100000-1");
        using var retry = await _client.PostAsync($"{Base}/api/jobs/1705432100000-1/retry", null);

        foreach (var response in new[] { get, cancel, retry })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(["error"], (await response.ReadJsonAsync()).Select(p => p.Key));
        }
    }

    [Fact]
    public async Task NonTranscodeJob_IsNotVisibleHere()
    {
        var id = await _client.SubmitNoopAsync(1);

        using var get = await _client.GetAsync($"{Base}/api/jobs/{id}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        var list = await _client.GetJsonAsync($"{Base}/api/jobs");
        Assert.DoesNotContain(list["jobs"]!.AsArray(), j => (string?)j!["id"] == id);
        await _client.WaitForFinalAsync(id);
    }

    [Fact]
    public async Task PauseResume_CancelPending_ThenClearCancelled_StreamsRemoved()
    {
        var source = server.CopySource("Cancel-" + Guid.NewGuid().ToString("N"));
        using var paused = await _client.PostAsync($"{Base}/api/queue/pause", null);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("""{"paused":true,"requeued":0}""", await paused.Content.ReadAsStringAsync());
        string id;
        try
        {
            id = await SubmitTranscodeAsync(source);
            var pending = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");
            Assert.Equal(JobFields, pending.Select(p => p.Key));
            Assert.Equal("pending", (string?)pending["status"]);
            Assert.Equal(0, pending["progress"]!.GetValue<double>());
            Assert.Null(pending["started_at"]);

            using var cancel = await _client.DeleteAsync($"{Base}/api/jobs/{id}");
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
            Assert.Equal("""{"status":"cancelled"}""", await cancel.Content.ReadAsStringAsync());
            Assert.Equal("cancelled", (string?)(await _client.GetJsonAsync($"{Base}/api/jobs/{id}"))["status"]);

            using var retry = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
            Assert.Equal(HttpStatusCode.BadRequest, retry.StatusCode);
            Assert.Equal("""{"error":"job is not in failed state"}""", await retry.Content.ReadAsStringAsync());
        }
        finally
        {
            using var resumed = await _client.PostAsync($"{Base}/api/queue/resume", null);
            Assert.Equal("""{"paused":false}""", await resumed.Content.ReadAsStringAsync());
        }

        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var stream = await _client.OpenSseAsync($"{Base}/api/jobs/stream", ct: cts.Token);
        var messages = SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token).GetAsyncEnumerator(cts.Token);
        var init = await NextDataAsync(messages);
        Assert.Contains(init["jobs"]!.AsArray(), j => (string?)j!["id"] == id && (string?)j["status"] == "cancelled");

        using var bad = await _client.PostAsync($"{Base}/api/jobs/clear?status=bogus", null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["error"], (await bad.ReadJsonAsync()).Select(p => p.Key));
        using var clear = await _client.PostAsync($"{Base}/api/jobs/clear?status=cancelled", null);
        var cleared = await clear.ReadJsonAsync();
        Assert.Equal(["cleared", "message"], cleared.Select(p => p.Key));
        Assert.True((int)cleared["cleared"]! >= 1);
        Assert.Equal($"Cleared {(int)cleared["cleared"]!} jobs", (string?)cleared["message"]);

        JsonObject removed;
        do
        {
            removed = await WaitForTypeAsync(messages, "removed");
        }
        while ((string?)removed["job"]!["id"] != id);
        Assert.Equal("""{"type":"removed","job":{"id":"ID"}}""".Replace("ID", id, StringComparison.Ordinal), removed.ToJsonString());
        using var gone = await _client.GetAsync($"{Base}/api/jobs/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Retry_FailedJob_400WhileFileMissing_ThenNewJobObjectAndComplete()
    {
        var source = server.CopySource("Retry-" + Guid.NewGuid().ToString("N"));
        var parked = source + ".parked";
        await PauseAsync();
        string id;
        try
        {
            id = await SubmitTranscodeAsync(source);
            File.Move(source, parked);
        }
        finally
        {
            await ResumeAsync();
        }
        var events = await _client.ReadJobEventsAsync(id, timeout: TranscodeTimeout);
        Assert.Equal("job-failed", events.Last(m => m.Type is not null).Type);
        var failed = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");
        Assert.Equal("failed", (string?)failed["status"]);
        Assert.False(string.IsNullOrEmpty((string?)failed["error"]));

        using var missing = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("""{"error":"file no longer exists"}""", await missing.Content.ReadAsStringAsync());

        File.Move(parked, source);
        using var retry = await _client.PostAsync($"{Base}/api/jobs/{id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var job = await retry.ReadJsonAsync();
        Assert.Equal(JobFields, job.Select(p => p.Key));
        Assert.Equal("pending", (string?)job["status"]);
        Assert.Equal("compress-hevc", (string?)job["preset_id"]);
        // The seed's retry answers a new job: not started, no progress (the failed attempt's are not carried over).
        Assert.Equal(0, job["progress"]!.GetValue<double>());
        Assert.Null(job["started_at"]);

        await _client.WaitForFinalAsync(id);
        Assert.Equal("complete", (string?)(await _client.GetJsonAsync($"{Base}/api/jobs/{id}"))["status"]);
    }

    [Fact]
    public async Task ClearWithoutStatus_RemovesEveryNonRunningJob()
    {
        using var clear = await _client.PostAsync($"{Base}/api/jobs/clear", null);

        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        var body = await clear.ReadJsonAsync();
        Assert.Equal(["cleared", "message"], body.Select(p => p.Key));
        Assert.True((int)body["cleared"]! >= 0);
        Assert.Equal($"Cleared {(int)body["cleared"]!} jobs", (string?)body["message"]);
    }

    [Fact]
    public async Task Clear_LeavesJobsOfOtherSurfacesAlone()
    {
        var other = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(other);

        using var clear = await _client.PostAsync($"{Base}/api/jobs/clear?status=complete", null);

        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Equal("Succeeded", (string?)(await _client.GetJobAsync(other))["status"]);
    }

    internal static async Task<(int Code, string Output)> RunAsync(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private async Task<string> SubmitTranscodeAsync(string path) =>
        await _client.SubmitAsync(new JsonObject
        {
            ["type"] = "transcode",
            ["preset"] = "compress-hevc",
            ["inputs"] = new JsonObject { ["path"] = path },
        }.ToJsonString());

    private async Task PauseAsync()
    {
        using var response = await _client.PostAsync($"{Base}/api/queue/pause", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task ResumeAsync()
    {
        using var response = await _client.PostAsync($"{Base}/api/queue/resume", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The next data frame: a plain message event (no <c>event:</c> or <c>id:</c> line); heartbeats are skipped.</summary>
    private static async Task<JsonObject> NextDataAsync(IAsyncEnumerator<SseMessage> messages)
    {
        while (await messages.MoveNextAsync())
        {
            var m = messages.Current;
            if (m.Comment is not null)
            {
                continue;
            }
            Assert.Null(m.Type);
            Assert.Null(m.Id);
            return m.Data!;
        }
        throw new InvalidOperationException("The stream ended.");
    }

    private static async Task<JsonObject> WaitForTypeAsync(IAsyncEnumerator<SseMessage> messages, string type)
    {
        while (true)
        {
            var data = await NextDataAsync(messages);
            if ((string?)data["type"] == type)
            {
                return data;
            }
        }
    }
}
