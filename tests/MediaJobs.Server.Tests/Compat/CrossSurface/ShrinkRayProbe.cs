using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>
/// Seed 002 under /compat/shrinkray. Its create route submits a <c>transcode-discovery</c> job, which submits
/// the <c>transcode</c> job followed here. Its event view is its SSE stream: frames carry no ids, so "the same
/// events" means each native event with a counterpart in docs/api.md's table appears once, in log order, as
/// that typed frame of this job; the discovery job's step-progress ticks are its <c>discovery_progress</c>
/// frames and its completion is <c>jobs_added</c>.
/// </summary>
internal sealed class ShrinkRayProbe(CrossSurfaceServer server) : SurfaceProbe
{
    private const string Base = "/compat/shrinkray";
    private SseRecorder? _stream;
    private string _clip = "";

    private SseRecorder Stream => _stream ?? throw new InvalidOperationException("StartAsync opens the stream.");

    public override string Name => "ShrinkRay";

    public override async Task StartAsync(HttpClient client)
    {
        _clip = await server.NewClipAsync("Cross-" + Guid.NewGuid().ToString("N"));
        _stream = await SseRecorder.OpenAsync(client, $"{Base}/api/jobs/stream");
        await Stream.WaitForAsync(m => Type(m) == "init", Timeout, "the init frame");
    }

    public override async Task<string> CreateAsync(HttpClient client)
    {
        var body = new JsonObject { ["paths"] = new JsonArray(Path.GetDirectoryName(_clip)), ["preset_id"] = "compress-hevc" };
        using var response = await client.PostJsonAsync($"{Base}/api/jobs", body.ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var added = await Stream.WaitForAsync(m => Type(m) == "added" && (string?)m.Data!["job"]!["input_path"] == _clip, Timeout, $"'added' for {_clip}");
        return (string)added.Data!["job"]!["id"]!;
    }

    public override async Task<SurfaceSnapshot> ReadAsync(HttpClient client, string id) =>
        new(await client.GetJsonAsync($"{Base}/api/jobs/{id}"), null);

    public override void AssertSameJob(JsonObject native, JsonObject surface)
    {
        var status = Native.Status(native);
        var results = native["results"]!.AsObject();
        Assert.Equal("transcode", (string?)native["type"]);
        Assert.Equal((string?)native["jobId"], (string?)surface["id"]);
        Assert.Equal(StatusWord(status), (string?)surface["status"]);
        Assert.Equal((string?)native["preset"], (string?)surface["preset_id"]);
        Assert.Equal(Progress(native), surface["progress"]!.GetValue<double>(), 3);
        Assert.Equal(Native.Rfc3339Seconds(Native.Time(native, "createdUtc")), (string?)surface["created_at"]);
        Assert.Equal(Native.Rfc3339Seconds(Native.Time(native, "startedUtc")), (string?)surface["started_at"]);
        Assert.Equal(Native.Rfc3339Seconds(Native.Time(native, "endedUtc")), (string?)surface["completed_at"]);
        Assert.Equal((string?)results["input_path"] ?? (string?)native["inputs"]!["path"], (string?)surface["input_path"]);
        Assert.Equal((string?)results["video_codec"] ?? "", (string?)surface["video_codec"]);
        foreach (var field in new[] { "input_size", "output_size", "space_saved", "duration_ms", "width", "height" })
        {
            Assert.Equal(results[field] is JsonValue v ? (long)Math.Round(v.GetValue<double>()) : 0, (long)surface[field]!);
        }
        Assert.Equal(status is "Failed" or "Skipped", surface.ContainsKey("error"));
    }

    public override IReadOnlyList<JsonNode?>? ExpectedEvents(IReadOnlyList<JsonObject> nativeEvents) => null;

    public override async Task AfterFinishAsync(HttpClient client, string id, IReadOnlyList<JsonObject> nativeEvents, SseRecorder global)
    {
        var done = await Stream.WaitForAsync(m => Type(m) == "complete" && JobId(m) == id, Timeout, $"'complete' for {id}");
        JsonSequence.Equal(
            [.. nativeEvents.Select(SeedType).Where(t => t is not null).Select(t => (JsonNode?)JsonValue.Create(t))],
            [.. Stream.Messages.Where(m => JobId(m) == id).Select(m => (JsonNode?)JsonValue.Create(Type(m)))],
            $"ShrinkRay stream frames of {id}");
        var final = await client.GetJsonAsync($"{Base}/api/jobs/{id}");
        Assert.True(JsonNode.DeepEquals(final, done.Data!["job"]), $"'complete' carries the finished job.\nframe {done.Data!["job"]!.ToJsonString()}\nGET   {final.ToJsonString()}");

        // The job the create route made: visible natively (not on this surface), streamed natively, and as its typed frames.
        var discoveries = (await client.GetJsonAsync("/api/jobs?type=transcode-discovery&limit=500"))["items"]!.AsArray();
        var discovery = discoveries.Single(d => d!["results"]!["job_ids"]?.AsArray().Any(j => (string?)j == id) == true)!.AsObject();
        var discoveryId = (string)discovery["jobId"]!;
        Assert.Equal("Succeeded", Native.Status(discovery));
        await global.WaitForAsync(m => Native.IsOf(m, discoveryId) && Native.IsTerminal(m.Type, m.Data), Timeout, $"terminal event of discovery {discoveryId}");
        var discoveryEvents = await client.ReadAllEventsAsync(discoveryId);
        await CrossSurfaceCheck.AssertNativeStreamsAsync(client, global, discoveryId, discoveryEvents);
        var added = await Stream.WaitForAsync(m => Type(m) == "jobs_added", Timeout, "'jobs_added'");
        Assert.Equal((int)discovery["results"]!["found"]!, (int)added.Data!["count"]!);
        Assert.Equal(
            discoveryEvents.Count(e => (string?)e["type"] == "step-progress"),
            Stream.Messages.Count(m => Type(m) == "discovery_progress"));
        using var hidden = await client.GetAsync($"{Base}/api/jobs/{discoveryId}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }
    }

    /// <summary>docs/api.md's table: our event → seed 002 frame type (null: no counterpart, not sent).</summary>
    private static string? SeedType(JsonObject e) => (string?)e["type"] switch
    {
        "job-status" => (string?)e["payload"]!["status"] switch
        {
            "Queued" => (string?)e["message"] == "Job queued" ? "added" : "requeued",
            "Running" => "started",
            "Cancelled" => "cancelled",
            "Skipped" => "skipped",
            _ => null,
        },
        "step-progress" => "progress",
        "job-completed" => "complete",
        "job-failed" => "failed",
        _ => null,
    };

    /// <summary>docs/api.md: the encode's live percent while running (from the transcode results), 100 once done.</summary>
    /// <summary>The encode step's own percent (never the job-level percent of the steps before it).</summary>
    private static double Progress(JsonObject native) => Native.Status(native) switch
    {
        "Succeeded" or "Skipped" => 100,
        "Queued" => 0,
        _ => Math.Round(native["steps"]!.AsArray().SingleOrDefault(s => (string?)s!["name"] == "encode")?["progressPct"]?.GetValue<double>() ?? 0, 1),
    };

    private static string StatusWord(string status) => status switch
    {
        "Queued" => "pending",
        "Running" => "running",
        "Succeeded" => "complete",
        "Failed" => "failed",
        "Skipped" => "skipped",
        _ => "cancelled",
    };

    private static string? Type(SseMessage m) => (string?)m.Data?["type"];

    private static string? JobId(SseMessage m) => (string?)m.Data?["job"]?["id"];
}
