using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/jobs/{id}</c> and <c>GET /api/jobs</c>.</summary>
internal static class JobReadEndpoints
{
    public const int MaxPageSize = 500;
    public const int MaxSearchLength = 200;

    public static RouteGroupBuilder MapJobReadEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/{id}", GetAsync)
            .WithName("GetJob")
            .WithSummary("A job's status, steps, output, warnings and errors")
            .Produces<JobResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/", ListAsync)
            .WithName("ListJobs")
            .WithSummary("Jobs, newest first (or ?order=oldest), filtered by status (comma list), type, batchId and text (?q=), paged by cursor (?cursor=) or offset, with stats")
            .WithParameters(ApiParameterDocs.Statuses, ApiParameterDocs.ListType, ApiParameterDocs.BatchId, ApiParameterDocs.SearchText, ApiParameterDocs.ListOrder, ApiParameterDocs.Cursor, ApiParameterDocs.Offset, ApiParameterDocs.ListLimit)
            .Produces<JobListResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return jobs;
    }

    private static async Task<Results<Ok<JobResponse>, ProblemResult>> GetAsync(string id, CallerJobs jobs, DataLayout layout, PipelineRegistry pipelines, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        return job is null ? ProblemResult.JobNotFound(id) : TypedResults.Ok(job.ToResponse(layout, pipelines));
    }

    private static async Task<Ok<JobListResponse>> ListAsync(HttpRequest request, CallerJobs jobs, DataLayout layout, PipelineRegistry pipelines, CancellationToken ct)
    {
        var query = new JobQuery
        {
            Statuses = QueryReader.Statuses(request),
            Type = NullIfEmpty(request.Query["type"].ToString()),
            BatchId = NullIfEmpty(request.Query["batchId"].ToString()),
            Text = QueryReader.Text(request, "q", MaxSearchLength),
            OldestFirst = QueryReader.OneOf(request, "order", ["newest", "oldest"], "newest") == "oldest",
            After = QueryReader.Cursor(request, "cursor"),
            Offset = QueryReader.Int(request, "offset", 0, 0, int.MaxValue),
            Limit = QueryReader.Int(request, "limit", 50, 1, MaxPageSize),
        };
        var page = await jobs.ListAsync(query, ct);
        var stats = await jobs.GetStatsAsync(ct);
        return TypedResults.Ok(new JobListResponse(
            [.. page.Items.Select(j => j.ToResponse(layout, pipelines))],
            page.Total,
            query.Offset,
            query.Limit,
            stats.ToResponse(pipelines),
            jobs.IsPaused,
            page.Next?.Encode(),
            page.TotalCapped));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
