using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Api.Sse;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Api;

/// <summary>
/// <c>GET /api/jobs/{id}/events</c> (SSE when the client accepts text/event-stream, JSON pages otherwise)
/// and <c>GET /api/jobs/stream</c> (every job's events, SSE, never ends by itself).
/// </summary>
internal static class JobEventEndpoints
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapJobEventEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/{id}/events", GetEventsAsync)
            .WithName("GetJobEvents")
            .WithSummary("A job's events: SSE (Accept: text/event-stream; resume with Last-Event-ID) or JSON (?after=&limit=)")
            .WithDescription("The SSE stream ends after the job's terminal event (job-completed, job-failed, job-status Cancelled/Skipped, job-removed); a browser's stream (Sec-Fetch-Mode) stays open with heartbeats until the page closes it, so its EventSource neither errors nor reconnects.")
            .WithParameters(ApiParameterDocs.After, ApiParameterDocs.EventLimit, ApiParameterDocs.LastEventId, ApiParameterDocs.AccessToken)
            .WithMetadata(StreamTokenAccepted.EventStreams)
            .Produces<EventPageResponse>()
            .ProducesEventStream("With Accept: text/event-stream: 'id:', 'event:' and 'data:' (JSON) per event, ': heartbeat' comments while idle; ends after the job's terminal event.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/stream", StreamAllAsync)
            .WithName("StreamAllJobEvents")
            .WithSummary("Every job's events as SSE (data includes jobId); live from now unless Last-Event-ID or ?after= is given")
            .WithParameters(ApiParameterDocs.After, ApiParameterDocs.LastEventId, ApiParameterDocs.AccessToken)
            .WithMetadata(StreamTokenAccepted.EventStreams)
            .ProducesEventStream("'id:', 'event:' and 'data:' (JSON with jobId) per event, ': heartbeat' comments while idle; never ends by itself.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return jobs;
    }

    private static async Task<Results<Ok<EventPageResponse>, EmptyHttpResult, ProblemResult>> GetEventsAsync(string id, HttpContext http, CallerJobs jobs, IOptions<HttpApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null)
        {
            return ProblemResult.JobNotFound(id);
        }
        if (SseWriter.Accepts(http.Request))
        {
            var after = QueryReader.ResumeAfter(http.Request) ?? 0;
            await StreamJobAsync(http.Response, jobs, job, after, options.Value.SseHeartbeat, ct);
            if (SseWriter.IsBrowser(http.Request) && !ct.IsCancellationRequested)
            {
                await SseWriter.HoldOpenAsync(http.Response, options.Value.SseHeartbeat, time, ct);
            }
            // The stream was written here; nothing more to send.
            return TypedResults.Empty;
        }
        var from = QueryReader.ResumeAfter(http.Request) ?? 0;
        var limit = QueryReader.Int(http.Request, "limit", DefaultPageSize, 1, MaxPageSize);
        var events = await jobs.ReadEventsAsync(job, from, limit, ct);
        return TypedResults.Ok(new EventPageResponse([.. events.Select(e => e.ToResponse())], events.Count > 0 ? events[^1].Id : from));
    }

    private static async Task StreamAllAsync(HttpContext http, CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        var after = QueryReader.ResumeAfter(http.Request) ?? await jobs.GetLastEventIdAsync(ct);
        await SseWriter.StartAsync(http.Response, ct);
        try
        {
            // A key that is not admin sees only its own jobs' events.
            await foreach (var e in jobs.FollowAllEventsAsync(after, options.Value.SseHeartbeat, null, ct))
            {
                await WriteAsync(http.Response, e, withJobId: true, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private static async Task StreamJobAsync(HttpResponse response, CallerJobs jobs, Job job, long after, TimeSpan heartbeat, CancellationToken ct)
    {
        // A finished job with nothing left to tell: an empty stream that ends at once.
        if (job.Status.IsFinal() && (await jobs.ReadEventsAsync(job, after, 1, ct)).Count == 0)
        {
            await SseWriter.StartAsync(response, ct);
            return;
        }
        await SseWriter.StartAsync(response, ct);
        try
        {
            await foreach (var e in jobs.FollowEventsAsync(job, after, heartbeat, ct))
            {
                await WriteAsync(response, e, withJobId: false, ct);
                if (e is not null && JobEventTypes.IsTerminal(e) && await IsLastEventAsync(jobs, job, e, ct))
                {
                    return;
                }
                if (e is not null && JobEventTypes.IsWebhook(e) && await EndsAfterWebhookEventAsync(jobs, job, e, ct))
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
    /// A terminal event ends the stream unless the job ran again after it (a retry); webhook
    /// bookkeeping after it does not count as running again.
    /// </summary>
    private static async Task<bool> IsLastEventAsync(CallerJobs jobs, Job job, JobEvent e, CancellationToken ct) =>
        e.Type == JobEventTypes.JobRemoved || (await jobs.ReadEventsAsync(job, e.Id, 100, ct)).All(JobEventTypes.IsWebhook);

    /// <summary>A webhook event of a job that has ended (and did not run again since) also ends the stream.</summary>
    private static async Task<bool> EndsAfterWebhookEventAsync(CallerJobs jobs, Job job, JobEvent e, CancellationToken ct) =>
        (await jobs.GetAsync(job.Id, ct)) is not { } now || (now.Status.IsFinal() && await IsLastEventAsync(jobs, now, e, ct));

    /// <summary>
    /// Each event as its frame. A cancel's <c>job-status</c> Cancelled is followed by a <c>job-cancelled</c> frame with the
    /// same data and no id: Aura's real client (sseClient.ts) ends its drawer on <c>job-cancelled</c>, as on
    /// <c>job-completed</c> and <c>job-failed</c>.
    /// </summary>
    private static async Task WriteAsync(HttpResponse response, JobEvent? e, bool withJobId, CancellationToken ct)
    {
        if (e is null)
        {
            await SseWriter.WriteHeartbeatAsync(response, ct);
            return;
        }
        var data = e.SsePayload(withJobId);
        await SseWriter.WriteEventAsync(response, e.Id, e.Type, data, ct);
        if (e.Type == JobEventTypes.JobStatus && (string?)e.Payload["status"] == nameof(Core.Jobs.JobStatus.Cancelled))
        {
            await SseWriter.WriteAliasEventAsync(response, "job-cancelled", data, ct);
        }
    }
}
