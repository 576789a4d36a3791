using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Api;

/// <summary><c>POST /api/jobs/{id}/cancel</c>, <c>POST /api/jobs/{id}/retry</c>, <c>DELETE /api/jobs/{id}</c>, <c>POST /api/jobs/clear</c>.</summary>
internal static class JobControlEndpoints
{
    public static RouteGroupBuilder MapJobControlEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapPost("/{id}/cancel", CancelAsync)
            .WithName("CancelJob")
            .WithSummary("Cancel a queued or running job")
            .Produces<CancelJobResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{id}/retry", RetryAsync)
            .WithName("RetryJob")
            .WithSummary("Run a failed or cancelled job again from its first unfinished step (?strategy= is accepted and ignored)")
            .WithParameters(ApiParameterDocs.RetryStrategy)
            .Produces<RetryJobResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapDelete("/{id}", DeleteAsync)
            .WithName("DeleteJob")
            .WithSummary("Delete one job that is not running: its record, events, outputs and logs")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/clear", ClearAsync)
            .WithName("ClearJobs")
            .WithSummary("Delete jobs by status (?status=Succeeded,Failed; default every final status) and type (?type=video,transcode); never running jobs")
            .WithParameters(ApiParameterDocs.ClearStatuses, ApiParameterDocs.ClearTypes)
            .Produces<ClearJobsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return jobs;
    }

    /// <summary>A running job is answered for once it has stopped (or the stop wait ran out: then still Running, truthfully).</summary>
    private static async Task<Results<Accepted<CancelJobResponse>, ProblemResult>> CancelAsync(string id, CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        var outcome = await jobs.CancelAsync(id, ct);
        var job = outcome.Result == CancelResult.Requested
            ? await jobs.WaitForStopAsync(id, options.Value.StopWait, ct) ?? outcome.Job
            : outcome.Job;
        return outcome switch
        {
            { Result: CancelResult.NotFound } or { Job: null } => ProblemResult.JobNotFound(id),
            { Result: CancelResult.AlreadyFinal } =>
                ProblemResult.Conflict(JobControlMessages.NothingToCancel(id, job!.Status)),
            _ => TypedResults.Accepted(
                $"/api/jobs/{job!.Id}",
                new CancelJobResponse(job.Id, job.Status == JobStatus.Running ? "Job cancellation requested; it is still stopping" : "Job cancelled", job.Status.ToString(), job.CorrelationId)),
        };
    }

    private static async Task<Results<Accepted<RetryJobResponse>, ProblemResult>> RetryAsync(string id, CallerJobs jobs, CancellationToken ct)
    {
        var outcome = await jobs.RetryAsync(id, ct);
        return outcome switch
        {
            { Result: RetryResult.NotFound } or { Job: null } => ProblemResult.JobNotFound(id),
            { Result: RetryResult.NotRetryable, Job: var job } =>
                ProblemResult.Conflict(JobControlMessages.NotRetryable(id, job.Status)),
            { Job: var job } => TypedResults.Accepted(
                $"/api/jobs/{job.Id}",
                new RetryJobResponse(job.Id, job.Status.ToString(), JobControlMessages.RetryQueued, job.Attempt + 1, job.CorrelationId)),
        };
    }

    private static async Task<Results<NoContent, ProblemResult>> DeleteAsync(string id, CallerJobs jobs, CancellationToken ct) =>
        await jobs.DeleteAsync(id, ct) switch
        {
            DeleteOutcome.Deleted => TypedResults.NoContent(),
            DeleteOutcome.Running => ProblemResult.Conflict($"Job '{id}' is running; cancel it first, then delete it."),
            _ => ProblemResult.JobNotFound(id),
        };

    private static async Task<Ok<ClearJobsResponse>> ClearAsync(HttpRequest request, CallerJobs jobs, CancellationToken ct)
    {
        var statuses = QueryReader.Statuses(request);
        if (statuses is not null && statuses.Contains(JobStatus.Running))
        {
            throw RequestProblemException.BadField("status", "Running jobs are never cleared; cancel them first.");
        }
        var removed = await jobs.ClearAsync(statuses, QueryReader.Types(request), ct);
        return TypedResults.Ok(new ClearJobsResponse(removed.Count, removed));
    }
}
