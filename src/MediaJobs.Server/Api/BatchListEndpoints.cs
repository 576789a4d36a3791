using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/jobs/batches</c>: the caller's batches with counts per status and aggregate progress.</summary>
internal static class BatchListEndpoints
{
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapBatchListEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/batches", ListAsync)
            .WithName("ListBatches")
            .WithSummary("Batches, newest first, each with its aggregate status, jobs per status and aggregate progress")
            .WithParameters(ApiParameterDocs.BatchOffset, ApiParameterDocs.BatchLimit)
            .Produces<BatchListResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return jobs;
    }

    private static async Task<Ok<BatchListResponse>> ListAsync(HttpRequest request, CallerJobs jobs, CancellationToken ct)
    {
        var query = new BatchQuery
        {
            Offset = QueryReader.Int(request, "offset", 0, 0, int.MaxValue),
            Limit = QueryReader.Int(request, "limit", 50, 1, MaxPageSize),
        };
        var page = await jobs.ListBatchesAsync(query, ct);
        return TypedResults.Ok(new BatchListResponse([.. page.Items.Select(ToResponse)], page.Total, query.Offset, query.Limit));
    }

    private static BatchSummaryResponse ToResponse(BatchSummary s) => new(
        s.Batch.Id,
        s.Batch.Name,
        s.Batch.CreatedUtc,
        BatchEndpoints.AggregateStatus(s.Counts),
        s.JobCount,
        s.ProgressPct,
        new BatchCountsResponse(
            s.Count(JobStatus.Queued), s.Count(JobStatus.Running), s.Count(JobStatus.Succeeded),
            s.Count(JobStatus.Failed), s.Count(JobStatus.Cancelled), s.Count(JobStatus.Skipped)));
}
