using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Server.Api.Sse;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.Secretary.Contracts;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Secretary's <c>GET /api/jobs/{job_id}/stream</c> (its offline-client guide): the job's state at once, then an event
/// whenever its status or percentage changes, until it ends; <c>: heartbeat</c> comments while quiet. Frames are
/// <c>event: pending|progress|completed|error</c> + <c>data: {job: {id}, process: {id, main_processor}, phase, message,
/// data}</c>, as the real server's <c>build_event_from_job</c>. Unlike the real one it has no 5-minute limit (so never
/// sends <c>timeout</c>), and an unknown job is a 404 in the surface's error shape before the stream opens.
/// </summary>
internal static class SecretaryStream
{
    public static async Task StreamAsync(string job_id, HttpContext http, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        var after = await jobs.GetLastEventIdAsync(ct);
        if (await FindAsync(jobs, job_id, ct) is not { } job)
        {
            await SecretaryErrors.JobNotFound(job_id).ExecuteAsync(http);
            return;
        }
        var archiveUrl = ClientPath.Get(http).Value?.Replace("/stream", "/download-archive", StringComparison.Ordinal);
        await SseWriter.StartAsync(http.Response, ct);
        var last = (Status: job.Status, Percent: Percent(job, 0));
        try
        {
            await WriteAsync(http.Response, job, last.Percent, archiveUrl, ct);
            if (job.Status.IsFinal())
            {
                return;
            }
            await foreach (var e in jobs.FollowEventsAsync(job, after, options.Value.SseHeartbeat, ct))
            {
                if (e is null)
                {
                    await SseWriter.WriteHeartbeatAsync(http.Response, ct);
                    continue;
                }
                if (await FindAsync(jobs, job_id, ct) is not { } now)
                {
                    await WriteAsync(http.Response, "error", new SecretaryStreamFrame(new SecretaryJobId(job_id), null, "error", "Job no longer exists", null, null), ct);
                    return;
                }
                // A percentage only grows while the job keeps its status; a requeue (a new status) may start lower.
                var next = (now.Status, Percent(now, now.Status == last.Status ? last.Percent : 0));
                if (next != last)
                {
                    last = next;
                    await WriteAsync(http.Response, now, last.Percent, archiveUrl, ct);
                }
                if (now.Status.IsFinal())
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    /// <summary>
    /// The caller's job once it has ended, or as it stands when <paramref name="wait"/> ran out. The job is read again on
    /// each status event (and each heartbeat) and the wait ends on the read that finds it final: the answer leaves as the
    /// job's end event arrives, not with the next event after it.
    /// </summary>
    public static async Task<Job> WaitForEndAsync(CallerJobs jobs, Job job, TimeSpan wait, TimeSpan heartbeat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(job);
        if (job.Status.IsFinal())
        {
            return job;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        try
        {
            await foreach (var e in jobs.FollowEventsAsync(job, 0, heartbeat, timeout.Token))
            {
                if (e is null || e.Type is Core.Events.JobEventTypes.JobStatus or Core.Events.JobEventTypes.JobCompleted or Core.Events.JobEventTypes.JobFailed)
                {
                    job = await jobs.GetAsync(job.Id, ct) ?? job;
                    if (job.Status.IsFinal())
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The wait ran out; the job keeps running.
        }
        return job;
    }

    /// <summary>The real server's event for a job's state.</summary>
    public static (string Event, SecretaryStreamFrame Data) Frame(Job job, int percent, string? archiveUrl)
    {
        ArgumentNullException.ThrowIfNull(job);
        SecretaryStreamFrame Data(string phase, string message, JsonNode? data, SecretaryJobError? error = null) =>
            new(new SecretaryJobId(job.Id), new SecretaryProcess(job.Id, job.Type), phase, message, error, data);
        return job.Status switch
        {
            JobStatus.Succeeded or JobStatus.Skipped => ("completed", Data(
                "completed",
                job.Status == JobStatus.Skipped ? job.Message ?? "Processing skipped" : "Processing completed",
                CompletedData(job, archiveUrl))),
            JobStatus.Cancelled => ("error", Data("error", "Job cancelled", null, new SecretaryJobError("Cancelled", "The job was cancelled.", null))),
            JobStatus.Failed => ("error", Data(
                "error",
                "Processing failed",
                null,
                job.Errors.LastOrDefault() is { } error
                    ? new SecretaryJobError(error.Code, error.Message, error.Remediation)
                    : new SecretaryJobError("unknown_error", job.Message ?? "Processing failed", null))),
            JobStatus.Running => ("progress", Data(
                "running",
                job.Message ?? string.Create(CultureInfo.InvariantCulture, $"Processing ({percent}%)"),
                new JsonObject { ["progress"] = percent })),
            _ => ("pending", Data("pending", "Job is waiting to be processed", new JsonObject { ["progress"] = 0 })),
        };
    }

    /// <summary>The webhook's completion data: <c>structured_data</c> (a pdf's extracted_text and metadata) or the results.</summary>
    public static JsonObject CompletedData(Job job, string? archiveUrl)
    {
        ArgumentNullException.ThrowIfNull(job);
        var data = job.Results[DocumentResults.StructuredData] is JsonObject structured ? (JsonObject)structured.DeepClone() : (JsonObject)job.Results.DeepClone();
        if (job.Type == "pdf" && archiveUrl is not null && job.Results[DocumentResults.Assets] is JsonArray { Count: > 0 })
        {
            data["images_archive_url"] = archiveUrl;
        }
        return data;
    }

    private static int Percent(Job job, int atLeast) => job.Status switch
    {
        JobStatus.Running => Math.Max(atLeast, (int)Math.Clamp(Math.Round(job.ProgressPct), 0, 100)),
        JobStatus.Queued => 0,
        _ => 100,
    };

    private static Task WriteAsync(HttpResponse response, Job job, int percent, string? archiveUrl, CancellationToken ct)
    {
        var (type, data) = Frame(job, percent, archiveUrl);
        return WriteAsync(response, type, data, ct);
    }

    private static Task WriteAsync(HttpResponse response, string type, SecretaryStreamFrame data, CancellationToken ct)
    {
        var json = response.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return SseWriter.WriteAliasEventAsync(response, type, JsonSerializer.SerializeToNode(data, json)!.AsObject(), ct);
    }

    private static Task<Job?> FindAsync(CallerJobs jobs, string id, CancellationToken ct) =>
        jobs.FindAsync(id, SecretarySubmission.Shows, ct);
}
