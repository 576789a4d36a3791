using MediaJobs.Core.Retention;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>POST /api/jobs/prune</c>: run the retention policy now instead of waiting for its interval (admin key).</summary>
internal static class PruneEndpoints
{
    public static RouteGroupBuilder MapPruneEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapPost("/prune", PruneAsync)
            .WithName("PruneJobs")
            .WithSummary("Delete finished jobs older than the retention policy allows (MediaJobs:Retention), with their events and folders; never running jobs or unfinished batches (admin key)")
            .Produces<PruneJobsResponse>()
            .RequireAdminKey();
        return jobs;
    }

    private static async Task<Ok<PruneJobsResponse>> PruneAsync(CallerJobs jobs, RetentionOptions policy, CancellationToken ct)
    {
        var pruned = await jobs.PruneAsync(policy, ct);
        return TypedResults.Ok(new PruneJobsResponse(pruned.Total, pruned.Deleted.ToDictionary(d => d.Key.ToString(), d => d.Value, StringComparer.Ordinal)));
    }
}
