using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>
/// Seed 004 at /api/v1. Its <c>logs</c> are the messages of the native log without step-progress ticks, in
/// order; <c>progress</c> is the highest documented stage any started step reached (docs/api.md).
/// </summary>
internal sealed class TextToVideoProbe : SurfaceProbe
{
    /// <summary>docs/api.md: 0 (queued, preflight, script), 20 (narration), 80 (b-roll), 40 (subtitles, passed by), 90 (mux), 100 (done).</summary>
    private static readonly Dictionary<string, int> Stages = new(StringComparer.Ordinal)
    {
        ["preflight"] = 0,
        ["script"] = 0,
        ["narration"] = 20,
        ["broll"] = 80,
        ["subtitles"] = 40,
        ["mux"] = 90,
    };

    public override string Name => "TextToVideo";

    public override TimeSpan Timeout => ApiClient.VideoTimeout;

    public override async Task<string> CreateAsync(HttpClient client)
    {
        using var response = await client.PostJsonAsync("/api/v1/generate", """{"text": "Once upon a time, in a faraway land..."}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["job_id"]!;
    }

    public override async Task<SurfaceSnapshot> ReadAsync(HttpClient client, string id)
    {
        var status = await client.GetJsonAsync($"/api/v1/status/{id}");
        return new SurfaceSnapshot(status, [.. status["logs"]!.AsArray().Select(l => l?.DeepClone())]);
    }

    public override void AssertSameJob(JsonObject native, JsonObject surface)
    {
        var status = Native.Status(native);
        Assert.Equal("video", (string?)native["type"]);
        Assert.Equal(StatusWord(status), (string?)surface["status"]);
        Assert.Equal(Stage(native), (int)surface["progress"]!);
        Assert.Equal(Native.Time(native, "createdUtc")!.Value.ToUnixTimeSeconds(), (long)surface["created_at"]!);
        var message = (string?)surface["message"];
        switch (status)
        {
            case "Queued":
                Assert.Equal("Job queued", message);
                break;
            case "Succeeded":
                Assert.Equal("Video generation completed", message);
                break;
            default:
                Assert.False(string.IsNullOrEmpty(message));
                break;
        }
    }

    public override IReadOnlyList<JsonNode?> ExpectedEvents(IReadOnlyList<JsonObject> nativeEvents) =>
        [.. nativeEvents.Where(e => (string?)e["type"] != "step-progress").Select(e => (JsonNode?)JsonValue.Create((string?)e["message"]))];

    /// <summary>The list route shows the same job, plus the file the native job produced.</summary>
    public override async Task AfterFinishAsync(HttpClient client, string id, IReadOnlyList<JsonObject> nativeEvents, SseRecorder global)
    {
        var listed = (await client.GetJsonAsync("/api/v1/jobs"))["jobs"]![id]!.AsObject();
        var status = await client.GetJsonAsync($"/api/v1/status/{id}");
        var native = await client.GetJobAsync(id);
        Assert.Equal((string?)native["output"]!["path"], (string?)listed["output_file"]);
        listed.Remove("output_file");
        Assert.True(JsonNode.DeepEquals(status, listed), $"listed {listed.ToJsonString()}\nstatus {status.ToJsonString()}");
    }

    /// <summary>Seed 004 progress from the native steps: 0 while queued, 100 once done, else the highest stage reached.</summary>
    private static int Stage(JsonObject native) => Native.Status(native) switch
    {
        "Queued" => 0,
        "Succeeded" or "Skipped" => 100,
        _ => native["steps"]!.AsArray()
            .Where(s => (string?)s!["status"] != "Pending")
            .Select(s => Stages[(string)s!["name"]!])
            .DefaultIfEmpty(0)
            .Max(),
    };

    /// <summary>docs/api.md: Queued → queued, Running → processing, Succeeded/Skipped → completed, Failed/Cancelled → failed.</summary>
    private static string StatusWord(string status) => status switch
    {
        "Queued" => "queued",
        "Running" => "processing",
        "Succeeded" or "Skipped" => "completed",
        _ => "failed",
    };
}
