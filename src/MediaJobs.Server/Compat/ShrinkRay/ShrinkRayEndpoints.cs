using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using MediaJobs.Server.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Seed 002's routes (a transcode queue): create (a <c>transcode-discovery</c> job), list with stats, get,
/// cancel, retry, clear, queue pause/resume, stats and the SSE stream. Errors are <c>{"error": "…"}</c>.
/// Only <c>transcode</c> jobs are visible here.
/// </summary>
internal static class ShrinkRayEndpoints
{
    private static readonly ParameterDoc ClearStatus = ParameterDoc.Query("status", JsonSchemaType.String, "Only jobs with this status word; default every non-running status. Another word is a 400.") with { Values = ["pending", "complete", "failed", "skipped", "cancelled"] };

    private static readonly JobStatus[] NotRunning = [JobStatus.Queued, JobStatus.Succeeded, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Skipped];

    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(ShrinkRayError);
        api.ProducesErrorBody(StatusCodes.Status401Unauthorized, error);
        api.MapPost("/api/jobs", CreateAsync).WithSummary("Seed 002: add files or folders to the transcode queue")
            .DocumentsJsonBody<ShrinkRayCreateRequest>()
            .Produces<ShrinkRayMessage>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
        api.MapGet("/api/jobs", ListAsync).WithSummary("Seed 002: every job in queue order, with stats")
            .Produces<ShrinkRayJobList>();
        api.MapGet("/api/jobs/stream", ShrinkRayStream.StreamAsync).WithSummary("Seed 002: SSE of typed job updates (plain message events)")
            .ProducesEventStream("One 'data:' line of JSON per frame, no 'event:' or 'id:': first {type: init, jobs, stats}, then added, requeued, started, progress, complete, failed, skipped, cancelled, removed, notify_sent, discovery_progress, jobs_added; ': heartbeat' comments while idle.");
        api.MapPost("/api/jobs/clear", ClearAsync).WithSummary("Seed 002: remove non-running jobs (optionally of one status)")
            .WithParameters(ClearStatus)
            .Produces<ShrinkRayCleared>()
            .Produces(StatusCodes.Status400BadRequest, error);
        api.MapGet("/api/jobs/{id}", GetAsync).WithSummary("Seed 002: one job")
            .Produces<ShrinkRayJob>()
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapDelete("/api/jobs/{id}", CancelAsync).WithSummary("Seed 002: cancel a pending or running job")
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status404NotFound, error)
            .Produces(StatusCodes.Status409Conflict, error);
        api.MapPost("/api/jobs/{id}/retry", RetryAsync).WithSummary("Seed 002: retry a failed job")
            .Produces<ShrinkRayJob>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapPost("/api/queue/pause", PauseAsync).WithSummary("Seed 002: pause the queue (running jobs are requeued)")
            .Produces<ShrinkRayPaused>()
            .Produces(StatusCodes.Status403Forbidden, error);
        api.MapPost("/api/queue/resume", ResumeAsync).WithSummary("Seed 002: resume the queue")
            .Produces<ShrinkRayPaused>()
            .Produces(StatusCodes.Status403Forbidden, error);
        api.MapGet("/api/stats", StatsAsync).WithSummary("Seed 002: queue statistics")
            .Produces<ShrinkRayStats>();
        api.MapPost("/api/stats/reset-session", ResetSessionAsync).WithSummary("Seed 002: reset the session saved counter")
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status403Forbidden, error);
        ShrinkRayLibraryEndpoints.Map(api);
        ShrinkRaySettingsEndpoints.Map(api);
    }

    /// <summary>
    /// As the real server: answers 202 at once and finds the files in the background (our discovery job), and
    /// unpauses the queue (admin callers; with keys a plain key cannot resume everyone's queue).
    /// </summary>
    private static async Task<IResult> CreateAsync(HttpContext http, CallerJobs jobs, ShrinkRayConfig config)
    {
        var (body, error) = await CompatJson.ReadAsync(http, ShrinkRayShapes.Error);
        if (error is not null)
        {
            return error;
        }
        if (body!["paths"] is not JsonArray { Count: > 0 } paths)
        {
            return ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, "paths is required: a non-empty array of file or directory paths");
        }
        if (body["preset_id"] is not JsonValue presetValue || presetValue.GetValueKind() != JsonValueKind.String
            || !TranscodePreset.Ids.Contains(presetValue.GetValue<string>()))
        {
            return ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, $"preset_id is required: one of {string.Join(", ", TranscodePreset.Ids)}");
        }
        var input = new JsonObject { [DiscoveryRequest.PathsField] = paths.DeepClone() };
        foreach (var field in new[] { TranscodeRequest.QualityField, TranscodeRequest.KeepOriginalField })
        {
            // The real UI sends "smartshrink_quality": "" for every non-SmartShrink preset: absent, as its server reads it.
            if (body[field] is { } value && !(value is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Length == 0))
            {
                input[field] = value.DeepClone();
            }
        }
        if (config.KeepOriginals && input[TranscodeRequest.KeepOriginalField] is null)
        {
            input[TranscodeRequest.KeepOriginalField] = true;
        }
        var submission = new JobSubmission
        {
            Type = TranscodeDiscoveryPipeline.TypeName,
            Preset = presetValue.GetValue<string>(),
            Input = input,
            CorrelationId = Correlation.CorrelationId.Get(http),
            Owner = http.GetCaller().Owner,
        };
        try
        {
            await jobs.SubmitAsync(submission, http.RequestAborted);
        }
        catch (Core.Errors.JobValidationException ex)
        {
            // Shrinkray's body is the job's input: its fields need no prefix ("paths[0]").
            return ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, ex.WithInputPrefix("").Message);
        }
        if (jobs.IsPaused && http.GetCaller().IsAdmin)
        {
            await jobs.ResumeAsync(http.RequestAborted);
        }
        return Results.Json(
            new JsonObject { ["status"] = "processing", ["message"] = $"Processing {paths.Count} paths in background..." },
            statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> ListAsync(HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        var all = await LoadAsync(http, jobs, ct);
        var counters = await jobs.GetStatsAsync(ct);
        return Results.Json(new JsonObject
        {
            ["jobs"] = new JsonArray([.. all.Select(j => (JsonNode)ShrinkRayShapes.Job(j))]),
            ["stats"] = ShrinkRayShapes.Stats(all, counters),
        });
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, CallerJobs jobs, CancellationToken ct) =>
        await FindAsync(http, jobs, id, ct) is { } job ? Results.Json(ShrinkRayShapes.Job(job)) : ShrinkRayShapes.NotFound();

    /// <summary>
    /// As the real server: a finished job is removed (<c>{"removed": true}</c>); a pending or running one is cancelled,
    /// answered once it has stopped. A job that ends on its own between our read and the cancel is the 409 race the
    /// real queue reports too.
    /// </summary>
    private static async Task<IResult> CancelAsync(string id, HttpContext http, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        if (await FindAsync(http, jobs, id, ct) is not { } job)
        {
            return ShrinkRayShapes.NotFound();
        }
        if (job.Status.IsFinal())
        {
            return await jobs.RemoveAsync(id, ct)
                ? Results.Json(new JsonObject { ["removed"] = true })
                : ShrinkRayShapes.NotFound();
        }
        var outcome = await jobs.CancelAsync(id, ct);
        if (outcome.Result == CancelResult.Requested
            && await jobs.WaitForStopAsync(id, options.Value.StopWait, ct) is { Status: JobStatus.Running })
        {
            return Results.Json(new JsonObject { ["status"] = "cancelled", ["stopping"] = true });
        }
        return outcome.Result switch
        {
            CancelResult.NotFound => ShrinkRayShapes.NotFound(),
            CancelResult.AlreadyFinal => ShrinkRayShapes.Error(StatusCodes.Status409Conflict, "job already in terminal state"),
            _ => Results.Json(new JsonObject { ["status"] = "cancelled" }),
        };
    }

    /// <summary>Same id, queued again (our retry re-probes the source in its probe step); 400 unless failed or when the source is gone.</summary>
    private static async Task<IResult> RetryAsync(string id, HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        if (await FindAsync(http, jobs, id, ct) is not { } job)
        {
            return ShrinkRayShapes.NotFound();
        }
        if (job.Status != JobStatus.Failed)
        {
            return ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, "job is not in failed state");
        }
        if (job.Input[TranscodeRequest.PathField] is not JsonValue path || !File.Exists(path.GetValue<string>()))
        {
            return ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, "file no longer exists");
        }
        var outcome = await jobs.RetryAsync(id, ct);
        return outcome switch
        {
            { Result: RetryResult.Queued, Job: { } queued } => Results.Json(ShrinkRayShapes.Job(queued)),
            { Result: RetryResult.NotFound } => ShrinkRayShapes.NotFound(),
            _ => ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, "job is not in failed state"),
        };
    }

    private static async Task<IResult> ClearAsync(string? status, CallerJobs jobs, CancellationToken ct)
    {
        IReadOnlyCollection<JobStatus> which = NotRunning;
        if (!string.IsNullOrEmpty(status))
        {
            if (ShrinkRayShapes.ParseStatus(status) is not { } parsed || parsed == JobStatus.Running)
            {
                return ShrinkRayShapes.Error(StatusCodes.Status400BadRequest, "invalid status: use pending, complete, failed, skipped or cancelled");
            }
            which = [parsed];
        }
        // Only this surface's jobs: the queue it shows. The discovery jobs behind its creates go too,
        // uncounted, since its clients never saw them.
        var removed = await jobs.ClearAsync(which, [TranscodePipeline.TypeName], ct);
        await jobs.ClearAsync(which, [TranscodeDiscoveryPipeline.TypeName], ct);
        return Results.Json(new JsonObject { ["cleared"] = removed.Count, ["message"] = $"Cleared {removed.Count} jobs" });
    }

    private static async Task<IResult> PauseAsync(HttpContext http, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, CancellationToken ct)
    {
        if (!http.GetCaller().IsAdmin)
        {
            return ShrinkRayShapes.Error(StatusCodes.Status403Forbidden, "pausing the queue needs an admin API key");
        }
        var running = await jobs.ListAsync(new JobQuery { Statuses = [JobStatus.Running], Type = TranscodePipeline.TypeName, Limit = 1 }, ct);
        await jobs.PauseAsync(ct);
        // Answered once the encodes are back in the queue (the UI then offers Resume), or says how many still stop.
        var stopping = await jobs.WaitForPauseAsync(options.Value.StopWait, ct);
        var answer = new JsonObject { ["paused"] = true, ["requeued"] = running.Total };
        if (stopping > 0)
        {
            answer["stopping"] = stopping;
        }
        return Results.Json(answer);
    }

    private static async Task<IResult> ResumeAsync(HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        if (!http.GetCaller().IsAdmin)
        {
            return ShrinkRayShapes.Error(StatusCodes.Status403Forbidden, "resuming the queue needs an admin API key");
        }
        await jobs.ResumeAsync(ct);
        return Results.Json(new JsonObject { ["paused"] = false });
    }

    private static async Task<IResult> StatsAsync(HttpContext http, CallerJobs jobs, CancellationToken ct) =>
        Results.Json(ShrinkRayShapes.Stats(await LoadAsync(http, jobs, ct), await jobs.GetStatsAsync(ct)));

    private static async Task<IResult> ResetSessionAsync(HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        if (!http.GetCaller().IsAdmin)
        {
            return ShrinkRayShapes.Error(StatusCodes.Status403Forbidden, "resetting the session counter needs an admin API key");
        }
        await jobs.ResetSessionStatsAsync(ct);
        return Results.Json(new JsonObject { ["status"] = "session reset" });
    }

    /// <summary>Every transcode job the caller may see, in queue order (oldest first).</summary>
    internal static async Task<List<Job>> LoadAsync(HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        var all = new List<Job>();
        while (true)
        {
            var page = await jobs.ListAsync(new JobQuery { Type = TranscodePipeline.TypeName, Offset = all.Count, Limit = 500 }, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < 500)
            {
                break;
            }
        }
        all.Reverse();
        return all;
    }

    private static Task<Job?> FindAsync(HttpContext http, CallerJobs jobs, string id, CancellationToken ct) =>
        CompatJson.FindAsync(http, jobs, id, job => job.Type == TranscodePipeline.TypeName, ct);
}
