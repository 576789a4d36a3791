using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Api.Sse;
using MediaJobs.Server.Auth;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.ShrinkRay;

// The ShrinkRay event stream: the engine's events translated into the seed's SSE frames.
internal static partial class ShrinkRayEndpoints
{
    /// <summary>
    /// <c>init</c> (jobs and stats) at once, then our event log as seed 002's typed events, each a plain
    /// <c>message</c> event (a <c>data:</c> line only) so an <c>EventSource.onmessage</c> client sees them all.
    /// </summary>
    private static async Task StreamAsync(HttpContext http, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        var after = await jobs.GetLastEventIdAsync(ct);
        var snapshot = await LoadAsync(http, jobs, ct);
        var counters = await jobs.GetStatsAsync(ct);
        var visible = snapshot.ToDictionary(j => j.Id, _ => true, StringComparer.Ordinal);
        await SseWriter.StartAsync(http.Response, ct);
        try
        {
            await WriteAsync(http.Response, new JsonObject
            {
                ["type"] = "init",
                ["jobs"] = new JsonArray([.. snapshot.Select(j => (JsonNode)ShrinkRayShapes.Job(j))]),
                ["stats"] = ShrinkRayShapes.Stats(snapshot, counters),
            }, ct);
            await foreach (var e in jobs.FollowAllEventsAsync(after, options.Value.SseHeartbeat, visible.Keys, ct))
            {
                if (e is null)
                {
                    await SseWriter.WriteHeartbeatAsync(http.Response, ct);
                }
                else if (await TranslateAsync(e, jobs, visible, ct) is { } data)
                {
                    await WriteAsync(http.Response, data, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    /// <summary>One of our events as a seed 002 event, or null when it has no counterpart (or is not this caller's transcode work).</summary>
    internal static async Task<JsonObject?> TranslateAsync(JobEvent e, CallerJobs jobs, Dictionary<string, bool> visible, CancellationToken ct)
    {
        if (e.Type == JobEventTypes.JobRemoved)
        {
            return visible.Remove(e.JobId, out var was) && was
                ? new JsonObject { ["type"] = "removed", ["job"] = new JsonObject { ["id"] = e.JobId } }
                : null;
        }
        if (await jobs.GetAsync(e.JobId, ct) is not { } job)
        {
            return null;
        }
        if (job.Type == TranscodeDiscoveryPipeline.TypeName)
        {
            return e.Type switch
            {
                JobEventTypes.StepProgress when job.Results["progress"] is JsonObject p => new JsonObject
                {
                    ["type"] = "discovery_progress",
                    ["probed"] = p["probed"]?.DeepClone() ?? 0,
                    ["total"] = p["total"]?.DeepClone() ?? 0,
                },
                JobEventTypes.JobCompleted => new JsonObject { ["type"] = "jobs_added", ["count"] = job.Results["found"]?.DeepClone() ?? 0 },
                _ => null,
            };
        }
        if (job.Type != TranscodePipeline.TypeName)
        {
            return null;
        }
        if (visible.Count > 10_000)
        {
            visible.Clear();
        }
        visible[job.Id] = true;
        var type = e.Type switch
        {
            JobEventTypes.JobStatus => (string?)e.Payload["status"] switch
            {
                nameof(JobStatus.Queued) => e.Message == "Job queued" ? "added" : "requeued",
                nameof(JobStatus.Running) => "started",
                nameof(JobStatus.Cancelled) => "cancelled",
                nameof(JobStatus.Skipped) => "skipped",
                _ => null,
            },
            JobEventTypes.StepProgress => "progress",
            JobEventTypes.JobCompleted => "complete",
            JobEventTypes.JobFailed => "failed",
            JobEventTypes.WebhookDelivered => "notify_sent",
            _ => null,
        };
        return type switch
        {
            null => null,
            "notify_sent" => new JsonObject { ["type"] = type },
            _ => new JsonObject { ["type"] = type, ["job"] = ShrinkRayShapes.Job(job) },
        };
    }

    private static async Task WriteAsync(HttpResponse response, JsonObject data, CancellationToken ct)
    {
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {data.ToJsonString()}\n\n"), ct);
        await response.Body.FlushAsync(ct);
    }

}
