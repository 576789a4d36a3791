using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>
/// Seed 001 under /compat/moneyprinter. Its events are the native log one-to-one: same id, order, message
/// and level (lower case); <c>type</c> <c>progress</c> for step-progress, else <c>log</c>; the payload without
/// <c>correlationId</c> plus <c>event</c> (our event name); <c>timestamp</c> in unix seconds with milliseconds.
/// </summary>
internal sealed class MoneyPrinterProbe : SurfaceProbe
{
    private const string Base = "/compat/moneyprinter";

    public override string Name => "MoneyPrinter";

    public override TimeSpan Timeout => ApiClient.VideoTimeout;

    public override async Task<string> CreateAsync(HttpClient client)
    {
        using var response = await client.PostJsonAsync($"{Base}/api/generate", """{"videoSubject": "Why the sky is blue", "paragraphNumber": 1, "useMusic": false}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["jobId"]!;
    }

    public override async Task<SurfaceSnapshot> ReadAsync(HttpClient client, string id)
    {
        var job = (await client.GetJsonAsync($"{Base}/api/jobs/{id}"))["job"]!.AsObject();
        // Polled as a seed 001 client does: ?after= the last id seen, until a page comes back empty.
        var events = new List<JsonNode?>();
        long after = 0;
        while ((await client.GetJsonAsync($"{Base}/api/jobs/{id}/events?after={after.ToString(CultureInfo.InvariantCulture)}"))["events"]!.AsArray() is { Count: > 0 } page)
        {
            events.AddRange(page.Select(e => e!.DeepClone()));
            after = (long)page[^1]!["id"]!;
        }
        return new SurfaceSnapshot(job, events);
    }

    public override void AssertSameJob(JsonObject native, JsonObject surface)
    {
        var status = Native.Status(native);
        Assert.Equal("video", (string?)native["type"]);
        Assert.Equal((string?)native["jobId"], (string?)surface["id"]);
        Assert.Equal(State(status), (string?)surface["state"]);
        Assert.Equal((bool)native["cancelRequested"]! || status == "Cancelled", (bool)surface["cancelRequested"]!);
        Assert.Equal(status == "Succeeded" ? (string?)native["output"]?["path"] : null, (string?)surface["resultPath"]);
        var lastError = native["errors"]!.AsArray().LastOrDefault()?["message"];
        Assert.Equal(status == "Failed" ? (string?)lastError ?? (string?)native["message"] : null, (string?)surface["errorMessage"]);
        Assert.Equal(Native.IsoMillis(Native.Time(native, "createdUtc")), (string?)surface["createdAt"]);
        Assert.Equal(Native.IsoMillis(Native.Time(native, "startedUtc")), (string?)surface["startedAt"]);
        Assert.Equal(Native.IsoMillis(Native.Time(native, "endedUtc")), (string?)surface["completedAt"]);
    }

    public override IReadOnlyList<JsonNode?> ExpectedEvents(IReadOnlyList<JsonObject> nativeEvents) =>
        [.. nativeEvents.Select(e =>
        {
            var payload = e["payload"]!.DeepClone().AsObject();
            payload.Remove("correlationId");
            payload["event"] = (string?)e["type"];
            var time = DateTimeOffset.Parse((string)e["timestampUtc"]!, CultureInfo.InvariantCulture);
            return (JsonNode?)new JsonObject
            {
                ["id"] = (long)e["id"]!,
                ["type"] = (string?)e["type"] == "step-progress" ? "progress" : "log",
                ["level"] = ((string)e["level"]!).ToLowerInvariant(),
                ["message"] = (string?)e["message"],
                ["payload"] = payload,
                ["timestamp"] = Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3),
            };
        })];

    /// <summary>docs/api.md: Queued → queued, Running → running, Succeeded/Skipped → completed, Failed → failed, Cancelled → cancelled.</summary>
    private static string State(string status) => status switch
    {
        "Queued" => "queued",
        "Running" => "running",
        "Succeeded" or "Skipped" => "completed",
        "Failed" => "failed",
        _ => "cancelled",
    };
}
