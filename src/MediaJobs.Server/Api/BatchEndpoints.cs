using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Correlation;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>POST /api/jobs/batch</c>, <c>GET /api/jobs/batch/{id}</c> and <c>POST /api/jobs/batch/{id}/cancel</c>.</summary>
internal static class BatchEndpoints
{
    public const int MaxJobsPerBatch = 1000;
    private const int PageSize = 500;

    public static RouteGroupBuilder MapBatchEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapPost("/batch", SubmitAsync)
            .WithName("SubmitBatch")
            .WithSummary("Submit several jobs as one named batch (all validated first, stored together)")
            .Accepts<SubmitBatchRequest>("application/json")
            .Produces<SubmitBatchResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        jobs.MapGet("/batch/{id}", GetAsync)
            .WithName("GetBatch")
            .WithSummary("A batch with its aggregate status and its jobs")
            .Produces<BatchResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/batch/{id}/cancel", CancelAsync)
            .WithName("CancelBatch")
            .WithSummary("Cancel every unfinished job of the batch")
            .Produces<CancelBatchResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return jobs;
    }

    private static async Task<Results<Accepted<CancelBatchResponse>, ProblemResult>> CancelAsync(string id, HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        var outcomes = await jobs.CancelBatchAsync(id, ct);
        if (outcomes is null)
        {
            return ProblemResult.NotFound($"No batch with id '{id}'.");
        }
        return TypedResults.Accepted($"/api/jobs/batch/{id}", new CancelBatchResponse(
            id,
            outcomes.Count(o => o.Result == CancelResult.Cancelled),
            outcomes.Count(o => o.Result == CancelResult.Requested),
            CorrelationId.Get(http)));
    }

    private static async Task<Accepted<SubmitBatchResponse>> SubmitAsync(HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        var body = await JsonBodyReader.ReadObjectAsync(http, ct);
        var name = JsonFields.OptionalString(body, "name", "") is { } given ? UserText.Clean(given) : "batch";
        var items = JsonFields.OptionalArray(body, "jobs", "")
            ?? throw RequestProblemException.BadField("jobs", "'jobs' is required: an array of job submissions.");
        if (items.Count is 0 or > MaxJobsPerBatch)
        {
            throw RequestProblemException.BadField("jobs", $"'jobs' must hold from 1 to {MaxJobsPerBatch} submissions.");
        }
        var correlationId = CorrelationId.Get(http);
        var submissions = new List<JobSubmission>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var prefix = $"jobs[{i}].";
            if (items[i] is not JsonObject item)
            {
                throw RequestProblemException.BadField($"jobs[{i}]", $"'jobs[{i}]' must be a JSON object.");
            }
            submissions.Add(SubmissionParser.Parse(item, prefix, correlationId));
        }
        var (batch, created) = await JobSubmitEndpoints.SubmitWithApiFieldsAsync(
            () => jobs.SubmitManyAsync(submissions, name, ct),
            () => (JsonObject)items[FindInvalid(jobs.Pipelines, submissions)]!,
            field => field.StartsWith("jobs[", StringComparison.Ordinal) ? field : $"jobs[{FindInvalid(jobs.Pipelines, submissions)}].{field}");
        var batchId = batch!.Id;
        return TypedResults.Accepted($"/api/jobs/batch/{batchId}", new SubmitBatchResponse(batchId, [.. created.Select(j => j.Id)]));
    }

    private static async Task<Results<Ok<BatchResponse>, ProblemResult>> GetAsync(string id, CallerJobs callerJobs, DataLayout layout, PipelineRegistry pipelines, CancellationToken ct)
    {
        var batch = await callerJobs.GetBatchAsync(id, ct);
        if (batch is null)
        {
            return ProblemResult.NotFound($"No batch with id '{id}'.");
        }
        var jobs = await LoadJobsAsync(callerJobs, id, ct);
        return TypedResults.Ok(new BatchResponse(
            batch.Id,
            batch.Name,
            batch.CreatedUtc,
            AggregateStatus(jobs),
            jobs.Count,
            jobs.Count(j => j.Status is JobStatus.Succeeded or JobStatus.Skipped),
            jobs.Count(j => j.Status == JobStatus.Failed),
            jobs.Count(j => j.Status == JobStatus.Cancelled),
            [.. jobs.Select(j => j.ToResponse(layout, pipelines))]));
    }

    /// <summary>Every job of a batch the caller may see, in id order.</summary>
    internal static async Task<List<Job>> LoadJobsAsync(CallerJobs callerJobs, string id, CancellationToken ct)
    {
        var jobs = new List<Job>();
        while (true)
        {
            var page = await callerJobs.ListAsync(new JobQuery { BatchId = id, Offset = jobs.Count, Limit = PageSize }, ct);
            jobs.AddRange(page.Items);
            if (page.Items.Count == 0 || jobs.Count >= page.Total)
            {
                break;
            }
        }
        jobs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return jobs;
    }

    /// <summary>
    /// Which submission a pipeline's own validation error came from (Core prefixes only type and
    /// preset errors): each is prepared again on a copy until one throws. Only runs on the error path.
    /// </summary>
    private static int FindInvalid(Core.Engine.PipelineRegistry pipelines, IReadOnlyList<JobSubmission> submissions)
    {
        for (var i = 0; i < submissions.Count; i++)
        {
            var s = submissions[i];
            var copy = new JobSubmission
            {
                Type = s.Type,
                Preset = s.Preset,
                Input = (JsonObject)s.Input.DeepClone(),
                Options = (JsonObject)s.Options.DeepClone(),
            };
            try
            {
                pipelines.Find(copy.Type)?.Prepare(copy);
            }
            catch (Core.Errors.JobValidationException)
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>See <see cref="BatchResponse"/> for the rules.</summary>
    internal static string AggregateStatus(IReadOnlyCollection<Job> jobs) =>
        AggregateStatus(jobs.GroupBy(j => j.Status).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>The same rules, from how many jobs are in each status.</summary>
    internal static string AggregateStatus(IReadOnlyDictionary<JobStatus, int> counts)
    {
        bool Only(params JobStatus[] statuses) => counts.Where(c => c.Value > 0).All(c => statuses.Contains(c.Key));
        if (counts.Any(c => c.Value > 0 && !c.Key.IsFinal()))
        {
            return Only(JobStatus.Queued) ? "Queued" : "Running";
        }
        if (Only(JobStatus.Succeeded, JobStatus.Skipped))
        {
            return "Succeeded";
        }
        if (Only(JobStatus.Failed))
        {
            return "Failed";
        }
        return Only(JobStatus.Cancelled) ? "Cancelled" : "Mixed";
    }
}
