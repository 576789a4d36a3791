using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>Reading the native job and event shapes (docs/api.md), and writing native times in each surface's format.</summary>
internal static class Native
{
    public static readonly string[] FinalStatuses = ["Succeeded", "Failed", "Cancelled", "Skipped"];

    public static string Status(JsonObject job) => (string)job["status"]!;

    public static bool IsFinal(JsonObject job) => FinalStatuses.Contains(Status(job));

    public static double Progress(JsonObject job) => job["progressPct"]!.GetValue<double>();

    public static DateTimeOffset? Time(JsonObject job, string field) =>
        job[field] is JsonValue v ? DateTimeOffset.Parse((string)v!, CultureInfo.InvariantCulture) : null;

    /// <summary>ISO 8601 UTC with milliseconds (MoneyPrinter, Secretary): "2024-03-15T10:30:00.000Z".</summary>
    public static string? IsoMillis(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 UTC to the second (ShrinkRay): "2024-01-16T10:00:00Z".</summary>
    public static string? Rfc3339Seconds(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The event that ends a run: job-completed, job-failed, or job-status Cancelled/Skipped.</summary>
    public static bool IsTerminal(string? type, JsonObject? payload) => type switch
    {
        "job-completed" or "job-failed" => true,
        "job-status" => (string?)payload?["status"] is "Cancelled" or "Skipped",
        _ => false,
    };

    /// <summary>A global-stream message of this job (its data carries the job id).</summary>
    public static bool IsOf(SseMessage message, string jobId) => (string?)message.Data?["jobId"] == jobId;

    /// <summary>What the global stream must carry for a native event: same id and name, the payload plus <c>jobId</c>.</summary>
    public static JsonObject GlobalData(JsonObject nativeEvent)
    {
        var data = StreamData(nativeEvent);
        data["jobId"] = (string)nativeEvent["jobId"]!;
        return data;
    }

    /// <summary>
    /// What every stream carries for a native event (docs/api.md, Aura's client): the payload, plus a <c>job-status</c>'s
    /// whole-number <c>percent</c> and a <c>job-completed</c>'s top-level <c>artifacts</c> (each with <c>type</c>).
    /// </summary>
    public static JsonObject StreamData(JsonObject nativeEvent)
    {
        var data = nativeEvent["payload"]!.DeepClone().AsObject();
        switch ((string?)nativeEvent["type"])
        {
            case "job-status" when data["jobProgressPct"] is JsonValue pct:
                data["percent"] = (int)Math.Round((double)pct, MidpointRounding.AwayFromZero);
                break;
            case "job-completed" when !data.ContainsKey("artifacts"):
                data["artifacts"] = new JsonArray([.. (data["output"]?["artifacts"]?.AsArray() ?? []).Select(a =>
                {
                    var copy = a!.DeepClone().AsObject();
                    copy["type"] = a["mediaType"]?.DeepClone();
                    return (JsonNode?)copy;
                })]);
                break;
        }
        return data;
    }
}
