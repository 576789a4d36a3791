using MediaJobs.Core.Engine;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/stats</c>, <c>GET /api/stats/finished-per-minute</c>, <c>POST /api/stats/reset-session</c>.</summary>
internal static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/stats").WithTags("Stats").ProducesUnauthorizedProblem();
        stats.MapGet("/", GetAsync)
            .WithName("GetStats")
            .WithSummary("Counts per status and the counters the job types declare (session and lifetime)")
            .Produces<StatsResponse>();
        stats.MapGet("/finished-per-minute", FinishedPerMinuteAsync)
            .WithName("GetFinishedPerMinute")
            .WithSummary("Succeeded and failed finishes in each of the last `minutes` minutes (1-1440, default 60), oldest first, from an index")
            .WithParameters(ApiParameterDocs.FinishedMinutes)
            .Produces<FinishedPerMinuteResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        stats.MapPost("/reset-session", ResetSessionAsync)
            .WithName("ResetSessionStats")
            .WithSummary("Set the session totals of every counter back to zero (admin key)")
            .Produces<StatsResponse>()
            .RequireAdminKey();
        return app;
    }

    private static async Task<Ok<StatsResponse>> GetAsync(CallerJobs jobs, PipelineRegistry pipelines, CancellationToken ct) =>
        TypedResults.Ok((await jobs.GetStatsAsync(ct)).ToResponse(pipelines));

    private static async Task<Ok<FinishedPerMinuteResponse>> FinishedPerMinuteAsync(HttpRequest request, CallerJobs jobs, CancellationToken ct)
    {
        var minutes = QueryReader.Int(request, "minutes", 60, 1, MaxMinutes);
        var counted = await jobs.GetFinishedPerMinuteAsync(minutes, ct);
        return TypedResults.Ok(new FinishedPerMinuteResponse([.. counted.Select(m => new FinishedMinuteResponse(m.Minute, m.Succeeded, m.Failed))]));
    }

    /// <summary>A day: the longest window the chart asks for.</summary>
    internal const int MaxMinutes = 1440;

    private static async Task<Ok<StatsResponse>> ResetSessionAsync(CallerJobs jobs, PipelineRegistry pipelines, CancellationToken ct)
    {
        await jobs.ResetSessionStatsAsync(ct);
        return TypedResults.Ok((await jobs.GetStatsAsync(ct)).ToResponse(pipelines));
    }
}
