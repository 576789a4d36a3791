using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using MediaJobs.Server.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Seed 002's routes (a transcode queue): create (a <c>transcode-discovery</c> job), list with stats, get,
/// cancel, retry, clear, queue pause/resume, stats and the SSE stream; then the real UI's library and settings routes.
/// Errors are <c>{"error": "…"}</c> (<see cref="ShrinkRayErrors"/>). Only <c>transcode</c> jobs are visible here.
/// </summary>
internal static class ShrinkRayEndpoints
{
    private static readonly ParameterDoc ClearStatus = ParameterDoc.Query("status", JsonSchemaType.String, "Only jobs with this status word; default every non-running status. Another word is a 400.") with { Values = ["pending", "complete", "failed", "skipped", "cancelled"] };

    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(ShrinkRayError);
        api.ProducesErrorBody(StatusCodes.Status401Unauthorized, error);
        api.MapPost("/api/jobs", ShrinkRayJobHandlers.CreateAsync).WithSummary("Seed 002: add files or folders to the transcode queue")
            .DocumentsJsonBody<ShrinkRayCreateRequest>()
            .Produces<ShrinkRayMessage>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
        api.MapGet("/api/jobs", ShrinkRayJobHandlers.ListAsync).WithSummary("Seed 002: every job in queue order, with stats")
            .Produces<ShrinkRayJobList>();
        api.MapGet("/api/jobs/stream", ShrinkRayStream.StreamAsync).WithSummary("Seed 002: SSE of typed job updates (plain message events)")
            .ProducesEventStream("One 'data:' line of JSON per frame, no 'event:' or 'id:': first {type: init, jobs, stats}, then added, requeued, started, progress, complete, failed, skipped, cancelled, removed, notify_sent, discovery_progress, jobs_added; ': heartbeat' comments while idle.");
        api.MapPost("/api/jobs/clear", ShrinkRayJobHandlers.ClearAsync).WithSummary("Seed 002: remove non-running jobs (optionally of one status)")
            .WithParameters(ClearStatus)
            .Produces<ShrinkRayCleared>()
            .Produces(StatusCodes.Status400BadRequest, error);
        api.MapGet("/api/jobs/{id}", ShrinkRayJobHandlers.GetAsync).WithSummary("Seed 002: one job")
            .Produces<ShrinkRayJob>()
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapDelete("/api/jobs/{id}", ShrinkRayJobHandlers.CancelAsync).WithSummary("Seed 002: cancel a pending or running job")
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status404NotFound, error)
            .Produces(StatusCodes.Status409Conflict, error);
        api.MapPost("/api/jobs/{id}/retry", ShrinkRayJobHandlers.RetryAsync).WithSummary("Seed 002: retry a failed job")
            .Produces<ShrinkRayJob>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapPost("/api/queue/pause", ShrinkRayQueueHandlers.PauseAsync).WithSummary("Seed 002: pause the queue (running jobs are requeued)")
            .RequireAdmin("pausing the queue needs an admin API key")
            .Produces<ShrinkRayPaused>()
            .Produces(StatusCodes.Status403Forbidden, error);
        api.MapPost("/api/queue/resume", ShrinkRayQueueHandlers.ResumeAsync).WithSummary("Seed 002: resume the queue")
            .RequireAdmin("resuming the queue needs an admin API key")
            .Produces<ShrinkRayPaused>()
            .Produces(StatusCodes.Status403Forbidden, error);
        api.MapGet("/api/stats", ShrinkRayQueueHandlers.StatsAsync).WithSummary("Seed 002: queue statistics")
            .Produces<ShrinkRayStats>();
        api.MapPost("/api/stats/reset-session", ShrinkRayQueueHandlers.ResetSessionAsync).WithSummary("Seed 002: reset the session saved counter")
            .RequireAdmin("resetting the session counter needs an admin API key")
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status403Forbidden, error);
        ShrinkRayLibraryEndpoints.Map(api);
        ShrinkRaySettingsEndpoints.Map(api);
    }
}
