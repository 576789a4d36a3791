using MediaJobs.Core.Engine;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/stats</c>, <c>POST /api/stats/reset-session</c>.</summary>
internal static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/stats").WithTags("Stats").ProducesUnauthorizedProblem();
        stats.MapGet("/", GetAsync)
            .WithName("GetStats")
            .WithSummary("Counts per status and the counters the job types declare (session and lifetime)")
            .Produces<StatsResponse>();
        stats.MapPost("/reset-session", ResetSessionAsync)
            .WithName("ResetSessionStats")
            .WithSummary("Set the session totals of every counter back to zero (admin key)")
            .Produces<StatsResponse>()
            .RequireAdminKey();
        return app;
    }

    private static async Task<Ok<StatsResponse>> GetAsync(CallerJobs jobs, PipelineRegistry pipelines, CancellationToken ct) =>
        TypedResults.Ok((await jobs.GetStatsAsync(ct)).ToResponse(pipelines));

    private static async Task<Ok<StatsResponse>> ResetSessionAsync(CallerJobs jobs, PipelineRegistry pipelines, CancellationToken ct)
    {
        await jobs.ResetSessionStatsAsync(ct);
        return TypedResults.Ok((await jobs.GetStatsAsync(ct)).ToResponse(pipelines));
    }
}
