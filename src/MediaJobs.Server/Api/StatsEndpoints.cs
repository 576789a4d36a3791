using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/stats</c>, <c>POST /api/stats/reset-session</c>.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/stats").WithTags("Stats").ProducesUnauthorizedProblem();
        stats.MapGet("/", GetAsync)
            .WithName("GetStats")
            .WithSummary("Counts per status and bytes saved (session and lifetime)")
            .Produces<StatsResponse>();
        stats.MapPost("/reset-session", ResetSessionAsync)
            .WithName("ResetSessionStats")
            .WithSummary("Set the session's bytes-saved counter back to zero (admin key)")
            .Produces<StatsResponse>()
            .RequireAdminKey();
        return app;
    }

    private static async Task<IResult> GetAsync(CallerJobs jobs, CancellationToken ct) =>
        TypedResults.Ok((await jobs.GetStatsAsync(ct)).ToResponse());

    private static async Task<IResult> ResetSessionAsync(CallerJobs jobs, CancellationToken ct)
    {
        await jobs.ResetSessionStatsAsync(ct);
        return TypedResults.Ok((await jobs.GetStatsAsync(ct)).ToResponse());
    }
}
