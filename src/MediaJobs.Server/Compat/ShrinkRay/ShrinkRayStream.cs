using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Api.Sse;
using MediaJobs.Server.Auth;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Seed 002's <c>GET /api/jobs/stream</c>: our event log as Shrinkray's typed job events.</summary>
internal static class ShrinkRayStream
{
    /// <summary>
    /// <c>init</c> (jobs and stats) at once, then our event log as seed 002's typed events, each a plain
    /// <c>message</c> event (a <c>data:</c> line only) so an <c>EventSource.onmessage</c> client sees them all.
    /// </summary>
    public static async Task StreamAsync(HttpContext http, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        var after = await jobs.GetLastEventIdAsync(ct);
        var snapshot = await ShrinkRayEndpoints.LoadAsync(http, jobs, ct);
        var counters = await jobs.GetStatsAsync(ct);
        var state = new State(snapshot.Select(j => j.Id));
        await SseWriter.StartAsync(http.Response, ct);
        try
        {
            await WriteAsync(http.Response, new JsonObject
            {
                ["type"] = "init",
                ["jobs"] = new JsonArray([.. snapshot.Select(j => (JsonNode)ShrinkRayShapes.Job(j))]),
                ["stats"] = ShrinkRayShapes.Stats(snapshot, counters),
            }, ct);
            await foreach (var e in jobs.FollowAllEventsAsync(after, options.Value.SseHeartbeat, snapshot.Select(j => j.Id), ct))
            {
                if (e is null)
                {
                    await SseWriter.WriteHeartbeatAsync(http.Response, ct);
                }
                else if (await TranslateAsync(e, jobs, state, ct) is { } data)
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
    internal static async Task<JsonObject?> TranslateAsync(JobEvent e, CallerJobs jobs, State state, CancellationToken ct)
    {
        if (e.Type == JobEventTypes.JobRemoved)
        {
            return state.Visible.Remove(e.JobId, out var was) && was
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
                // Each count once and in order, whatever the stream reads late (the job's state may be further on).
                JobEventTypes.StepProgress when job.Results[JobResultNames.Progress] is JsonObject p && state.IsNewCount(job.Id, (long?)p[TranscodeResults.Probed] ?? 0) => new JsonObject
                {
                    ["type"] = "discovery_progress",
                    ["probed"] = p[TranscodeResults.Probed]?.DeepClone() ?? 0,
                    ["total"] = p[TranscodeResults.Total]?.DeepClone() ?? 0,
                },
                JobEventTypes.JobCompleted => new JsonObject { ["type"] = "jobs_added", ["count"] = job.Results[TranscodeResults.Found]?.DeepClone() ?? 0 },
                _ => null,
            };
        }
        if (job.Type != TranscodePipeline.TypeName)
        {
            return null;
        }
        state.See(job.Id);
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

    /// <summary>What one stream has shown: the jobs its client knows, and the discovery counts already sent.</summary>
    internal sealed class State(IEnumerable<string> known)
    {
        private readonly Dictionary<string, long> _probed = new(StringComparer.Ordinal);

        public Dictionary<string, bool> Visible { get; } = known.ToDictionary(id => id, _ => true, StringComparer.Ordinal);

        public void See(string jobId)
        {
            if (Visible.Count > 10_000)
            {
                Visible.Clear();
            }
            Visible[jobId] = true;
        }

        public bool IsNewCount(string jobId, long probed)
        {
            if (_probed.TryGetValue(jobId, out var last) && probed <= last)
            {
                return false;
            }
            if (_probed.Count > 1_000)
            {
                _probed.Clear();
            }
            _probed[jobId] = probed;
            return true;
        }
    }
}
