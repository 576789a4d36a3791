using System.Text.Json.Nodes;
using MediaJobs.Core.Events;

namespace MediaJobs.Server.Api.Sse;

/// <summary>
/// What a stream adds to a stored event's payload for the seed project's own client (Aura's sseClient.ts/jobs.ts
/// types): <c>job-completed</c>'s <c>artifacts</c> at the top level too (each with <c>type</c> = its media type), beside
/// <c>output.artifacts</c>; <c>job-status</c>'s whole-number <c>percent</c>. On the global stream every frame also names
/// its <c>jobId</c>. The stored event is not changed.
/// </summary>
internal static class SseEventShapes
{
    public static JsonObject ForStream(JobEvent e, bool withJobId)
    {
        ArgumentNullException.ThrowIfNull(e);
        var payload = (JsonObject)e.Payload.DeepClone();
        if (withJobId)
        {
            payload["jobId"] = e.JobId;
        }
        if (e.Type == JobEventTypes.JobCompleted && !payload.ContainsKey("artifacts"))
        {
            payload["artifacts"] = TopLevelArtifacts(payload["output"]?["artifacts"] as JsonArray);
        }
        if (e.Type == JobEventTypes.JobStatus && payload["jobProgressPct"] is JsonValue pct && pct.TryGetValue<double>(out var percent))
        {
            payload["percent"] = (int)Math.Round(percent, MidpointRounding.AwayFromZero);
        }
        return payload;
    }

    private static JsonArray TopLevelArtifacts(JsonArray? artifacts)
    {
        var list = new JsonArray();
        foreach (var artifact in artifacts?.OfType<JsonObject>() ?? [])
        {
            var copy = (JsonObject)artifact.DeepClone();
            copy["type"] = artifact["mediaType"]?.DeepClone();
            list.Add(copy);
        }
        return list;
    }
}
