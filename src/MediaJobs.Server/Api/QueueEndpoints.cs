using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/queue</c>, <c>POST /api/queue/pause</c>, <c>POST /api/queue/resume</c>.</summary>
internal static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var queue = app.MapGroup("/api/queue").WithTags("Queue").ProducesUnauthorizedProblem();
        queue.MapGet("/", GetAsync)
            .WithName("GetQueue")
            .WithSummary("Whether the queue is paused, and how many jobs run and wait")
            .Produces<QueueStateResponse>();
        queue.MapPost("/pause", PauseAsync)
            .WithName("PauseQueue")
            .WithSummary("Stop starting jobs; running jobs go back to the front of the queue (persisted; admin key)")
            .Produces<QueuePausedResponse>()
            .RequireAdminKey();
        queue.MapPost("/resume", ResumeAsync)
            .WithName("ResumeQueue")
            .WithSummary("Start jobs again (admin key)")
            .Produces<QueuePausedResponse>()
            .RequireAdminKey();
        return app;
    }

    private static async Task<Ok<QueueStateResponse>> GetAsync(CallerJobs jobs, CancellationToken ct)
    {
        var stats = await jobs.GetStatsAsync(ct);
        var waiting = jobs.HeldTypes.ToDictionary(h => h.Key, h => $"{h.Value.Reason}: {h.Value.Detail}", StringComparer.Ordinal);
        return TypedResults.Ok(new QueueStateResponse(jobs.IsPaused, stats.Count(JobStatus.Running), stats.Count(JobStatus.Queued), waiting));
    }

    /// <summary>Answers once the running jobs are back in the queue, or says how many are still stopping.</summary>
    private static async Task<Ok<QueuePausedResponse>> PauseAsync(CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        await jobs.PauseAsync(ct);
        var stopping = await jobs.WaitForPauseAsync(options.Value.StopWait, ct);
        return TypedResults.Ok(new QueuePausedResponse(jobs.IsPaused) { Stopping = stopping });
    }

    private static async Task<Ok<QueuePausedResponse>> ResumeAsync(CallerJobs jobs, CancellationToken ct)
    {
        await jobs.ResumeAsync(ct);
        return TypedResults.Ok(new QueuePausedResponse(jobs.IsPaused));
    }
}
