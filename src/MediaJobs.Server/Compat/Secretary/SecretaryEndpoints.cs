using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Downloads;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using CorrelationId = MediaJobs.Server.Correlation.CorrelationId;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Seed 003's job routes (a document job worker): create one job or a batch, read a job or a batch,
/// download a job's archive. Bodies are <c>{"status": "success", "data": …}</c>; errors are
/// <c>{"status": "error", "error": {code, message, details}}</c> (<see cref="SecretaryErrors"/>). Only document jobs are visible here.
/// </summary>
internal static class SecretaryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(SecretaryError);
        var jobs = api.MapGroup("/api/jobs").ProducesErrorBody(StatusCodes.Status401Unauthorized, error);
        jobs.MapPost("/", CreateAsync).WithSummary("Seed 003: create a document job")
            .DocumentsJsonBody<SecretaryJobRequest>()
            .Produces<SecretarySuccess<SecretaryCreated>>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error)
            .Produces(StatusCodes.Status502BadGateway, error)
            .Produces(StatusCodes.Status504GatewayTimeout, error);
        jobs.MapPost("/batch", CreateBatchAsync).WithSummary("Seed 003: create a named batch of document jobs")
            .DocumentsJsonBody<SecretaryBatchRequest>()
            .Produces<SecretarySuccess<SecretaryBatchCreated>>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error)
            .Produces(StatusCodes.Status502BadGateway, error)
            .Produces(StatusCodes.Status504GatewayTimeout, error);
        jobs.MapGet("/batch/{batch_id}", GetBatchAsync).WithSummary("Seed 003: a batch's status, counts and jobs")
            .Produces<SecretarySuccess<SecretaryBatch>>()
            .Produces(StatusCodes.Status404NotFound, error);
        jobs.MapGet("/{job_id}", GetAsync).WithSummary("Seed 003: a job's status, progress, results and logs")
            .Produces<SecretarySuccess<SecretaryJob>>()
            .Produces(StatusCodes.Status404NotFound, error);
        jobs.MapGet("/{job_id}/download-archive", DownloadArchiveAsync).WithSummary("Seed 003: a ZIP of the job's results and files")
            .ProducesFile(StatusCodes.Status200OK, "job-<id>.zip: results.json and every output file still on disk.", "application/zip")
            .Produces(StatusCodes.Status404NotFound, error);
        jobs.MapGet("/{job_id}/stream", SecretaryStream.StreamAsync).WithSummary("Secretary: SSE of the job's state changes until it ends (its offline-client stream)")
            .ProducesEventStream("'event: pending|progress|completed|error' + 'data: {job: {id}, process: {id, main_processor}, phase, message, data}' on each status or percentage change, the current state first; ': heartbeat' comments while quiet; closes when the job ends.")
            .Produces(StatusCodes.Status404NotFound, error);
        SecretaryPdfEndpoints.Map(api);
    }

    private static async Task<Results<Ok<SecretarySuccess<SecretaryCreated>>, JsonHttpResult<SecretaryError>>> CreateAsync(HttpContext http, CallerJobs service, GuardedDownloader downloader)
    {
        var (request, error) = await CompatRequest.ReadAsync<SecretaryJobRequest, SecretaryError>(http, SecretaryErrors.Shape);
        if (request is null)
        {
            return error!;
        }
        IReadOnlyList<Uploads.UploadedFile> fetched;
        try
        {
            fetched = await SecretaryPdfUrls.FetchAsync([request], downloader, service.Caller, http.RequestAborted);
        }
        catch (DownloadRefusedException download)
        {
            return SecretaryErrors.Shape.Error(download.StatusCode, SecretaryErrors.CodeFor(download.StatusCode), download.Message, "parameters.url");
        }
        var (job, refused) = await SecretaryErrors.Shape.SubmitAsync(
            () => service.SubmitAsync(SecretarySubmission.From(request, CorrelationId.Get(http)), http.RequestAborted),
            () => SecretaryPdfUrls.Discard(fetched));
        return refused is null ? SecretaryShapes.Success(new SecretaryCreated(job.Id, SecretaryShapes.Job(job))) : refused;
    }

    /// <summary>Every item is validated before any is stored.</summary>
    private static async Task<Results<Ok<SecretarySuccess<SecretaryBatchCreated>>, JsonHttpResult<SecretaryError>>> CreateBatchAsync(HttpContext http, CallerJobs service, GuardedDownloader downloader)
    {
        var (request, error) = await CompatRequest.ReadAsync<SecretaryBatchRequest, SecretaryError>(http, SecretaryErrors.Shape);
        if (request is null)
        {
            return error!;
        }
        IReadOnlyList<Uploads.UploadedFile> fetched;
        try
        {
            fetched = await SecretaryPdfUrls.FetchAsync(request.Jobs, downloader, service.Caller, http.RequestAborted);
        }
        catch (DownloadRefusedException download)
        {
            return SecretaryErrors.Shape.Error(download.StatusCode, SecretaryErrors.CodeFor(download.StatusCode), download.Message, "parameters.url");
        }
        var correlationId = CorrelationId.Get(http);
        var ((batch, created), refused) = await SecretaryErrors.Shape.SubmitAsync(
            () => service.SubmitManyAsync([.. request.Jobs.Select(j => SecretarySubmission.From(j, correlationId))], request.BatchName, http.RequestAborted),
            () => SecretaryPdfUrls.Discard(fetched));
        if (refused is not null)
        {
            return refused;
        }
        var jobs = created.Select(j => SecretaryShapes.Job(j)).ToList();
        return SecretaryShapes.Success(new SecretaryBatchCreated(batch!.Id, new SecretaryNewBatch(batch.Id, batch.Name, "pending", created.Count, jobs)));
    }

    private static async Task<Results<Ok<SecretarySuccess<SecretaryJob>>, JsonHttpResult<SecretaryError>>> GetAsync(string job_id, CallerJobs service, CancellationToken ct)
    {
        if (await FindAsync(service, job_id, ct) is not { } job)
        {
            return SecretaryErrors.JobNotFound(job_id);
        }
        return SecretaryShapes.Success(SecretaryShapes.Job(job, await JobLogLines.ReadAsync(service, job, ct)));
    }

    private static async Task<Results<Ok<SecretarySuccess<SecretaryBatch>>, JsonHttpResult<SecretaryError>>> GetBatchAsync(string batch_id, CallerJobs service, CancellationToken ct)
    {
        if (await service.GetBatchAsync(batch_id, ct) is not { } batch)
        {
            return SecretaryErrors.BatchNotFound(batch_id);
        }
        var jobs = await BatchEndpoints.LoadJobsAsync(service, batch.Id, ct);
        return SecretaryShapes.Success(new SecretaryBatch(
            batch.Id,
            batch.Name,
            SecretaryShapes.BatchStatusWord(BatchEndpoints.AggregateStatus(jobs)),
            jobs.Count,
            jobs.Count(j => SecretaryShapes.StatusWord(j.Status) == "completed"),
            jobs.Count(j => SecretaryShapes.StatusWord(j.Status) == "failed"),
            [.. jobs.Select(SecretaryShapes.BatchJob)]));
    }

    private static async Task<IResult> DownloadArchiveAsync(string job_id, CallerJobs service, DataLayout layout, CancellationToken ct)
    {
        if (await FindAsync(service, job_id, ct) is not { } job)
        {
            return SecretaryErrors.JobNotFound(job_id);
        }
        return (IResult?)await JobArchiveEndpoints.ArchiveAsync(job, layout, ct)
            ?? SecretaryErrors.Shape.Error(StatusCodes.Status404NotFound, "ARCHIVE_NOT_AVAILABLE", $"Job {job_id} has no results or files to archive yet (status: {SecretaryShapes.StatusWord(job.Status)}).");
    }

    private static Task<Job?> FindAsync(CallerJobs service, string id, CancellationToken ct) => service.FindAsync(id, SecretarySubmission.Shows, ct);
}
