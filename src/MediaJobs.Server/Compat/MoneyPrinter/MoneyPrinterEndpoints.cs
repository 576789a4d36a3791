using System.Globalization;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// Seed 001's routes (a polling video generator): generate, job, events, cancel one, cancel the
/// latest. Errors are <c>{status: "error", message}</c>. Only video jobs are visible here.
/// </summary>
internal static class MoneyPrinterEndpoints
{
    private static readonly ParameterDoc After = ParameterDoc.Query("after", JsonSchemaType.Integer, "Only events with a larger id (the last id you received; surrounding spaces, as in the seed's 'after= 42', are allowed). Not a whole number: a 400 in the seed's error shape.") with { Format = "int64" };

    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(MoneyPrinterError);
        api.ProducesErrorBody(StatusCodes.Status401Unauthorized, error);
        api.MapPost("/api/generate", GenerateAsync).WithSummary("Seed 001: start a video from a subject")
            .DocumentsJsonBody<MoneyPrinterGenerateRequest>()
            .Produces<MoneyPrinterGenerateResponse>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
        MoneyPrinterSongEndpoints.Map(api);
        api.MapGet("/api/models", Models).WithSummary("MoneyPrinter: the script-writer models this server is configured with")
            .Produces<MoneyPrinterModels>();
        api.MapGet("/api/jobs/{id}", GetAsync).WithSummary("Seed 001: one job's state")
            .Produces<MoneyPrinterJobResponse>()
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapGet("/api/jobs/{id}/events", EventsAsync).WithSummary("Seed 001: the job's events after an id")
            .WithParameters(After)
            .Produces<MoneyPrinterEventsResponse>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapPost("/api/jobs/{id}/cancel", CancelAsync).WithSummary("Seed 001: cancel one job")
            .Produces<MoneyPrinterCancelResponse>()
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapPost("/api/cancel", CancelLatestAsync).WithSummary("Seed 001: cancel the latest active job (running first)")
            .Produces<MoneyPrinterCancelResponse>()
            .Produces(StatusCodes.Status404NotFound, error);
    }

    private static async Task<IResult> GenerateAsync(HttpContext http, CallerJobs jobs, MoneyPrinterSongs songs, ILoggerFactory logs)
    {
        var (body, error) = await CompatJson.ReadAsync(http, MoneyPrinterShapes.Error);
        if (error is not null)
        {
            return error;
        }
        var request = MoneyPrinterRequest.Read(body!, logs.CreateLogger(typeof(MoneyPrinterEndpoints)));
        if (request.Problem is { } problem)
        {
            return MoneyPrinterShapes.Error(StatusCodes.Status400BadRequest, problem);
        }
        try
        {
            var submission = request.ToSubmission(http);
            // As the real backend's choose_random_song(): one of the uploaded songs, else our generated bed.
            if (submission.Input["music"]?.GetValue<bool>() == true && songs.Pick(jobs.Caller.Owner) is { } song)
            {
                submission.Input["musicFile"] = song;
            }
            var job = await jobs.SubmitAsync(submission, http.RequestAborted);
            return Results.Ok(new { status = "success", message = "Video generation queued.", jobId = job.Id });
        }
        catch (Core.Errors.JobValidationException ex)
        {
            // This surface's body is not our input: input fields keep the native API's names, as they always did.
            return MoneyPrinterShapes.Error(StatusCodes.Status400BadRequest, ex.WithInputPrefix("inputs.").Message);
        }
    }

    /// <summary>
    /// The real backend lists its Ollama models; ours are the configured OpenAI-compatible model (when one is set)
    /// and the offline template writer. The choice sent back as <c>aiModel</c> is not per job: the server's
    /// configuration decides (see docs/api.md).
    /// </summary>
    private static IResult Models(Pipelines.Video.Providers.VideoProvidersOptions providers)
    {
        string[] models = providers.Llm.IsConfigured ? [providers.Llm.Model, OfflineModel] : [OfflineModel];
        return Results.Ok(new MoneyPrinterModels("success", models, models[0]));
    }

    private const string OfflineModel = "offline-template";

    private static async Task<IResult> GetAsync(string id, HttpContext http, CallerJobs jobs, DataLayout layout, CancellationToken ct) =>
        await FindAsync(http, jobs, id, ct) is { } job
            ? Results.Ok(new { status = "success", job = MoneyPrinterShapes.Job(job, layout) })
            : MoneyPrinterShapes.NotFound();

    /// <summary><c>after</c> is parsed here, not bound, so a bad value gets the seed's error shape instead of a native problem.</summary>
    private static async Task<IResult> EventsAsync(string id, string? after, HttpContext http, CallerJobs jobs, CancellationToken ct)
    {
        if (await FindAsync(http, jobs, id, ct) is not { } job)
        {
            return MoneyPrinterShapes.NotFound();
        }
        var from = 0L;
        if (!string.IsNullOrWhiteSpace(after) && !long.TryParse(after, NumberStyles.Integer, CultureInfo.InvariantCulture, out from))
        {
            return MoneyPrinterShapes.Error(StatusCodes.Status400BadRequest, "after must be a whole number.");
        }
        var events = await jobs.ReadEventsAsync(job, Math.Max(0, from), 1000, ct);
        return Results.Ok(new { status = "success", events = events.Select(MoneyPrinterShapes.Event) });
    }

    private static async Task<IResult> CancelAsync(string id, HttpContext http, CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        if (await FindAsync(http, jobs, id, ct) is null)
        {
            return MoneyPrinterShapes.NotFound();
        }
        return Results.Ok(new { status = "success", message = await CancelAndWaitAsync(http, jobs, id, options.Value.StopWait, ct) });
    }

    /// <summary>
    /// Cancels and, for a running job, answers once it has stopped (at most the stop wait). The message stays the
    /// seed's and the real backend's words; the job's state says where it stands.
    /// </summary>
    private static async Task<string> CancelAndWaitAsync(HttpContext http, CallerJobs jobs, string id, TimeSpan wait, CancellationToken ct)
    {
        if ((await jobs.CancelAsync(id, ct)).Result == CancelResult.Requested)
        {
            await jobs.WaitForStopAsync(id, wait, ct);
        }
        return "Cancellation requested.";
    }

    /// <summary>The running video job started last, else the newest queued one.</summary>
    private static async Task<IResult> CancelLatestAsync(HttpContext http, CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        foreach (var status in new[] { JobStatus.Running, JobStatus.Queued })
        {
            var page = await jobs.ListAsync(new JobQuery { Statuses = [status], Type = Pipelines.Video.VideoPipeline.TypeName, Limit = 500 }, ct);
            var latest = page.Items.OrderByDescending(j => status == JobStatus.Running ? j.StartedUtc : j.CreatedUtc).FirstOrDefault();
            if (latest is not null)
            {
                return Results.Ok(new { status = "success", message = await CancelAndWaitAsync(http, jobs, latest.Id, options.Value.StopWait, ct), jobId = latest.Id });
            }
        }
        return MoneyPrinterShapes.Error(StatusCodes.Status404NotFound, "No active job found.");
    }

    private static Task<Job?> FindAsync(HttpContext http, CallerJobs jobs, string id, CancellationToken ct) =>
        CompatJson.FindAsync(http, jobs, id, CompatJson.IsVideo, ct);
}
