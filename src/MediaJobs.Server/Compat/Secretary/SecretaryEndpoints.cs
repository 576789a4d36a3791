using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Api;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Seed 003's job routes (a document job worker): create one job or a batch, read a job or a batch,
/// download a job's archive. Bodies are <c>{"status": "success", "data": …}</c>; errors are
/// <c>{"status": "error", "error": {code, message, details}}</c>. Only document jobs are visible here.
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
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
        jobs.MapPost("/batch", CreateBatchAsync).WithSummary("Seed 003: create a named batch of document jobs")
            .DocumentsJsonBody<SecretaryBatchRequest>()
            .Produces<SecretarySuccess<SecretaryBatchCreated>>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
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

    private static async Task<IResult> CreateAsync(HttpContext http, CallerJobs service)
    {
        var (body, error) = await CompatJson.ReadAsync(http, SecretaryShapes.Error);
        if (error is not null)
        {
            return error;
        }
        return await SubmitAsync(http, service, () => [SecretaryRequest.Parse(body!, "", http)], null, (_, created) =>
        {
            var job = created[0];
            return SecretaryShapes.Success(new JsonObject { ["job_id"] = job.Id, ["job"] = SecretaryShapes.Job(job) });
        });
    }

    private static async Task<IResult> CreateBatchAsync(HttpContext http, CallerJobs service)
    {
        var (body, error) = await CompatJson.ReadAsync(http, SecretaryShapes.Error);
        if (error is not null)
        {
            return error;
        }
        string name;
        try
        {
            name = Api.Requests.JsonFields.OptionalString(body!, "batch_name", "") is { Length: > 0 } given ? given : "batch";
        }
        catch (RequestProblemException ex)
        {
            return SecretaryShapes.Error(ex.Status, SecretaryShapes.CodeFor(ex.Status), ex.Message, ex.Field);
        }
        return await SubmitAsync(http, service, () => ParseBatch(body!, http), name, (batch, created) =>
        {
            var shape = new JsonObject
            {
                ["batch_id"] = batch!.Id,
                ["batch_name"] = batch.Name,
                ["status"] = "pending",
                ["job_count"] = created.Count,
                ["jobs"] = new JsonArray([.. created.Select(j => SecretaryShapes.Job(j))]),
            };
            return SecretaryShapes.Success(new JsonObject { ["batch_id"] = batch.Id, ["batch"] = shape });
        });
    }

    private static List<JobSubmission> ParseBatch(JsonObject body, HttpContext http)
    {
        var items = Api.Requests.JsonFields.OptionalArray(body, "jobs", "")
            ?? throw RequestProblemException.BadField("jobs", "'jobs' is required: an array of job requests.");
        if (items.Count is 0 or > BatchEndpoints.MaxJobsPerBatch)
        {
            throw RequestProblemException.BadField("jobs", $"'jobs' must hold from 1 to {BatchEndpoints.MaxJobsPerBatch} job requests.");
        }
        var submissions = new List<JobSubmission>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            submissions.Add(items[i] is JsonObject item
                ? SecretaryRequest.Parse(item, $"jobs[{i}].", http)
                : throw RequestProblemException.BadField($"jobs[{i}]", $"'jobs[{i}]' must be a JSON object."));
        }
        return submissions;
    }

    /// <summary>Parses, submits (all validated before any is stored) and shapes; every failure in the seed's error shape.</summary>
    private static async Task<IResult> SubmitAsync(
        HttpContext http,
        CallerJobs service,
        Func<List<JobSubmission>> parse,
        string? batchName,
        Func<Batch?, IReadOnlyList<Job>, IResult> shape)
    {
        try
        {
            var submissions = parse();
            var (batch, created) = await service.SubmitManyAsync(submissions, batchName, http.RequestAborted);
            return shape(batch, created);
        }
        catch (RequestProblemException ex)
        {
            return SecretaryShapes.Error(ex.Status, SecretaryShapes.CodeFor(ex.Status), ex.Message, ex.Field);
        }
        catch (Core.Errors.JobValidationException ex)
        {
            return SecretaryShapes.Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", ex.WithInputPrefix(SecretaryRequest.InputPrefix).Message, SecretaryRequest.ToSeedField(ex.WithInputPrefix(SecretaryRequest.InputPrefix).Field));
        }
    }

    private static async Task<IResult> GetAsync(string job_id, HttpContext http, CallerJobs service, CancellationToken ct)
    {
        if (await FindAsync(http, service, job_id, ct) is not { } job)
        {
            return SecretaryShapes.JobNotFound(job_id);
        }
        return SecretaryShapes.Success(SecretaryShapes.Job(job, await CompatJson.ReadLogLinesAsync(service, job, ct)));
    }

    private static async Task<IResult> GetBatchAsync(string batch_id, CallerJobs service, CancellationToken ct)
    {
        if (await service.GetBatchAsync(batch_id, ct) is not { } batch)
        {
            return SecretaryShapes.BatchNotFound(batch_id);
        }
        var jobs = await BatchEndpoints.LoadJobsAsync(service, batch.Id, ct);
        return SecretaryShapes.Success(new JsonObject
        {
            ["batch_id"] = batch.Id,
            ["batch_name"] = batch.Name,
            ["status"] = SecretaryShapes.BatchStatusWord(BatchEndpoints.AggregateStatus(jobs)),
            ["job_count"] = jobs.Count,
            ["completed_count"] = jobs.Count(j => SecretaryShapes.StatusWord(j.Status) == "completed"),
            ["failed_count"] = jobs.Count(j => SecretaryShapes.StatusWord(j.Status) == "failed"),
            ["jobs"] = new JsonArray([.. jobs.Select(SecretaryShapes.BatchJob)]),
        });
    }

    private static async Task<IResult> DownloadArchiveAsync(string job_id, HttpContext http, CallerJobs service, DataLayout layout, CancellationToken ct)
    {
        if (await FindAsync(http, service, job_id, ct) is not { } job)
        {
            return SecretaryShapes.JobNotFound(job_id);
        }
        return await JobArchiveEndpoints.ArchiveAsync(job, layout, ct)
            ?? SecretaryShapes.Error(StatusCodes.Status404NotFound, "ARCHIVE_NOT_AVAILABLE", $"Job {job_id} has no results or files to archive yet (status: {SecretaryShapes.StatusWord(job.Status)}).");
    }

    private static Task<Job?> FindAsync(HttpContext http, CallerJobs service, string id, CancellationToken ct) =>
        CompatJson.FindAsync(http, service, id, job => SecretaryRequest.JobTypes.Contains(job.Type, StringComparer.Ordinal), ct);
}
