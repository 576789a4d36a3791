using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>
/// Seed 003 under /compat/secretary. Its <c>logs</c> are the native log without step-progress ticks, in
/// order: the same message and time (ISO, milliseconds), level <c>warning</c>/<c>error</c>, else <c>info</c>.
/// </summary>
internal sealed class SecretaryProbe(string pdf) : SurfaceProbe
{
    private const string Base = "/compat/secretary";

    public override string Name => "Secretary";

    public override async Task<string> CreateAsync(HttpClient client)
    {
        // combined = text layer plus OCR: long enough to be read while it runs.
        var body = new JsonObject
        {
            ["job_type"] = "pdf",
            ["parameters"] = new JsonObject { ["filename"] = pdf, ["extraction_method"] = "combined" },
        };
        using var response = await client.PostJsonAsync($"{Base}/api/jobs/", body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["data"]!["job_id"]!;
    }

    public override async Task<SurfaceSnapshot> ReadAsync(HttpClient client, string id)
    {
        var job = (await client.GetJsonAsync($"{Base}/api/jobs/{id}"))["data"]!.AsObject();
        return new SurfaceSnapshot(job, [.. job["logs"]!.AsArray().Select(l => l?.DeepClone())]);
    }

    public override void AssertSameJob(JsonObject native, JsonObject surface)
    {
        var status = Native.Status(native);
        Assert.Equal((string?)native["jobId"], (string?)surface["job_id"]);
        Assert.Equal((string?)native["type"], (string?)surface["job_type"]);
        Assert.Equal(StatusWord(status), (string?)surface["status"]);
        Assert.Equal(Native.IsoMillis(Native.Time(native, "createdUtc")), (string?)surface["created_at"]);
        Assert.Equal(Native.IsoMillis(Native.Time(native, "startedUtc")), (string?)surface["started_at"]);
        Assert.Equal(Native.IsoMillis(Native.Time(native, "endedUtc")), (string?)surface["completed_at"]);
        Assert.Equal(Native.IsoMillis(UpdatedAt(native)), (string?)surface["updated_at"]);
        Assert.Equal((string?)native["batchId"], (string?)surface["batch_id"]);
        Assert.Equal((string?)native["owner"], (string?)surface["user_id"]);
        Assert.True(JsonNode.DeepEquals(native["inputs"], surface["parameters"]), "parameters are the native inputs");
        var results = native["results"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(results.Count > 0 ? results : null, surface["results"]), "results are the native results");
        Assert.Null(surface["error"]);

        var progress = surface["progress"]!.AsObject();
        var percent = (int)progress["percent"]!;
        switch (status)
        {
            case "Queued":
                Assert.Equal(("pending", 0), ((string?)progress["step"], percent));
                break;
            case "Succeeded":
                Assert.Equal(("completed", 100), ((string?)progress["step"], percent));
                break;
            default:
                // The running step's name, and the job's overall progress as a whole number.
                Assert.Equal(RunningStep(native), (string?)progress["step"]);
                Assert.InRange(percent, Native.Progress(native) - 0.5, Native.Progress(native) + 0.5);
                Assert.Equal((string?)native["message"], (string?)progress["message"]);
                break;
        }
    }

    public override IReadOnlyList<JsonNode?> ExpectedEvents(IReadOnlyList<JsonObject> nativeEvents) =>
        [.. nativeEvents.Where(e => (string?)e["type"] != "step-progress").Select(e => (JsonNode?)new JsonObject
        {
            ["timestamp"] = Native.IsoMillis(DateTimeOffset.Parse((string)e["timestampUtc"]!, CultureInfo.InvariantCulture)),
            ["level"] = (string?)e["level"] switch
            {
                "Warning" => "warning",
                "Error" => "error",
                _ => "info",
            },
            ["message"] = (string?)e["message"],
        })];

    /// <summary>docs/api.md: the latest of created, started, ended and every step's start and completion.</summary>
    private static DateTimeOffset UpdatedAt(JsonObject native)
    {
        var times = new[] { "createdUtc", "startedUtc", "endedUtc" }.Select(f => Native.Time(native, f))
            .Concat(native["steps"]!.AsArray().SelectMany(s => new[] { Native.Time(s!.AsObject(), "startedAt"), Native.Time(s!.AsObject(), "completedAt") }));
        return times.Where(t => t is not null).Max()!.Value;
    }

    private static string RunningStep(JsonObject native)
    {
        var steps = native["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        return (string?)steps.LastOrDefault(s => (string?)s["status"] == "Running")?["name"]
            ?? (string?)steps.LastOrDefault(s => (string?)s["status"] != "Pending")?["name"]
            ?? "processing";
    }

    /// <summary>docs/api.md: Queued → pending, Running → processing, Succeeded/Skipped → completed, Failed/Cancelled → failed.</summary>
    private static string StatusWord(string status) => status switch
    {
        "Queued" => "pending",
        "Running" => "processing",
        "Succeeded" or "Skipped" => "completed",
        _ => "failed",
    };
}
