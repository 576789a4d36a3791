using MediaJobs.Core.Service;
using MediaJobs.Server.Api.Contracts;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/stats</c>, <c>POST /api/stats/reset-session</c>.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/stats").WithTags("Stats");
        stats.MapGet("/", GetAsync)
            .WithName("GetStats")
            .WithSummary("Counts per status and bytes saved (session and lifetime)")
            .Produces<StatsResponse>();
        stats.MapPost("/reset-session", ResetSessionAsync)
            .WithName("ResetSessionStats")
            .WithSummary("Set the session's bytes-saved counter back to zero")
            .Produces<StatsResponse>();
        return app;
    }

    private static async Task<IResult> GetAsync(JobService service, CancellationToken ct) =>
        TypedResults.Ok((await service.GetStatsAsync(null, ct)).ToResponse());

    private static async Task<IResult> ResetSessionAsync(JobService service, CancellationToken ct)
    {
        await service.ResetSessionStatsAsync(ct);
        return TypedResults.Ok((await service.GetStatsAsync(null, ct)).ToResponse());
    }
}
