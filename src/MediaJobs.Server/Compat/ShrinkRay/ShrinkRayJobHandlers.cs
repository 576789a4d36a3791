using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Seed 002's job routes: create, list, get, cancel or remove, retry, clear.</summary>
internal static class ShrinkRayJobHandlers
{
    private static readonly JobStatus[] NotRunning = [JobStatus.Queued, JobStatus.Succeeded, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Skipped];

    /// <summary>Only a failed job is retried here, and only while its source is still there (our retry re-probes it).</summary>
    private static readonly RetryRules Retry = new(
        new HashSet<JobStatus> { JobStatus.Failed },
        job => job.Input[TranscodeRequest.PathField] is System.Text.Json.Nodes.JsonValue path && File.Exists(path.GetValue<string>()) ? null : "file no longer exists");

    /// <summary>
    /// As the real server: answers 202 at once and finds the files in the background (our discovery job), and
    /// unpauses the queue (admin callers; with keys a plain key cannot resume everyone's queue).
    /// </summary>
    public static async Task<Results<Accepted<ShrinkRayMessage>, JsonHttpResult<ShrinkRayError>>> CreateAsync(HttpContext http, CallerJobs jobs, ShrinkRayConfig config)
    {
        var (request, error) = await CompatRequest.ReadAsync<ShrinkRayCreateRequest, ShrinkRayError>(http, ShrinkRayErrors.Shape);
        if (request is null)
        {
            return error!;
        }
        var input = request.JobInput;
        if (config.KeepOriginals && input[TranscodeRequest.KeepOriginalField] is null)
        {
            input[TranscodeRequest.KeepOriginalField] = true;
        }
        var (_, refused) = await ShrinkRayErrors.Shape.SubmitAsync(() => jobs.SubmitAsync(new JobSubmission
        {
            Type = TranscodeDiscoveryPipeline.TypeName,
            Preset = request.PresetId,
            Input = input,
            CorrelationId = Correlation.CorrelationId.Get(http),
        }, http.RequestAborted));
        if (refused is not null)
        {
            return refused;
        }
        if (jobs.IsPaused && jobs.Caller.IsAdmin)
        {
            await jobs.ResumeAsync(http.RequestAborted);
        }
        return TypedResults.Accepted((string?)null, new ShrinkRayMessage("processing", $"Processing {request.Paths.Count} paths in background..."));
    }

    public static async Task<Ok<ShrinkRayJobList>> ListAsync(CallerJobs jobs, CancellationToken ct)
    {
        var all = await ShrinkRayJobLoader.LoadAsync(jobs, ct);
        return TypedResults.Ok(new ShrinkRayJobList([.. all.Select(ShrinkRayShapes.Job)], await ShrinkRayJobLoader.StatsAsync(jobs, ct)));
    }

    public static async Task<Results<Ok<ShrinkRayJob>, JsonHttpResult<ShrinkRayError>>> GetAsync(string id, CallerJobs jobs, CancellationToken ct) =>
        await ShrinkRayJobLoader.FindAsync(jobs, id, ct) is { } job ? TypedResults.Ok(ShrinkRayShapes.Job(job)) : ShrinkRayErrors.NotFound();

    /// <summary>
    /// As the real server: a finished job is removed (<c>{"removed": true}</c>); a pending or running one is cancelled,
    /// answered once it has stopped. A job that ends on its own between our read and the cancel is the 409 race the
    /// real queue reports too.
    /// </summary>
    public static async Task<Results<JsonHttpResult<ShrinkRayRemoved>, JsonHttpResult<ShrinkRayStatusWord>, JsonHttpResult<ShrinkRayError>>> CancelAsync(
        string id, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        if (await ShrinkRayJobLoader.FindAsync(jobs, id, ct) is not { } job)
        {
            return ShrinkRayErrors.NotFound();
        }
        if (job.Status.IsFinal())
        {
            return await jobs.RemoveAsync(id, ct) ? TypedResults.Json(new ShrinkRayRemoved(true)) : ShrinkRayErrors.NotFound();
        }
        var outcome = await jobs.CancelAsync(id, ct);
        if (outcome.Result == CancelResult.Requested
            && await jobs.WaitForStopAsync(id, options.Value.StopWait, ct) is { Status: JobStatus.Running })
        {
            return TypedResults.Json(new ShrinkRayStatusWord("cancelled", Stopping: true));
        }
        return outcome.Result switch
        {
            CancelResult.NotFound => ShrinkRayErrors.NotFound(),
            CancelResult.AlreadyFinal => ShrinkRayErrors.Shape.Error(StatusCodes.Status409Conflict, "job already in terminal state"),
            _ => TypedResults.Json(new ShrinkRayStatusWord("cancelled")),
        };
    }

    /// <summary>Same id, queued again; 400 unless failed, or when the source is gone.</summary>
    public static async Task<Results<Ok<ShrinkRayJob>, JsonHttpResult<ShrinkRayError>>> RetryAsync(string id, CallerJobs jobs, CancellationToken ct)
    {
        if (await ShrinkRayJobLoader.FindAsync(jobs, id, ct) is null)
        {
            return ShrinkRayErrors.NotFound();
        }
        return await jobs.RetryAsync(id, Retry, ct) switch
        {
            { Result: RetryResult.Queued, Job: { } queued } => TypedResults.Ok(ShrinkRayShapes.Job(queued)),
            { Result: RetryResult.NotFound } => ShrinkRayErrors.NotFound(),
            { Refusal: { } refusal } => ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, refusal),
            _ => ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, "job is not in failed state"),
        };
    }

    public static async Task<Results<Ok<ShrinkRayCleared>, JsonHttpResult<ShrinkRayError>>> ClearAsync(string? status, CallerJobs jobs, CancellationToken ct)
    {
        IReadOnlyCollection<JobStatus> which = NotRunning;
        if (!string.IsNullOrEmpty(status))
        {
            if (ShrinkRayShapes.ParseStatus(status) is not { } parsed || parsed == JobStatus.Running)
            {
                return ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, "invalid status: use pending, complete, failed, skipped or cancelled");
            }
            which = [parsed];
        }
        // Only this surface's jobs: the queue it shows. The discovery jobs behind its creates go too,
        // uncounted, since its clients never saw them.
        var removed = await jobs.ClearAsync(which, [TranscodePipeline.TypeName], ct);
        await jobs.ClearAsync(which, [TranscodeDiscoveryPipeline.TypeName], ct);
        return TypedResults.Ok(new ShrinkRayCleared(removed.Count, $"Cleared {removed.Count} jobs"));
    }
}
