using System.Globalization;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// Seed 001's routes (a polling video generator): generate, job, events, cancel one, cancel the
/// latest. What the real backend would do differently is a job warning in the job's events, never a 400. Errors are <c>{status: "error", message}</c> (<see cref="MoneyPrinterErrors"/>). Only video jobs are visible here.
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

    private static async Task<Results<Ok<MoneyPrinterGenerateResponse>, JsonHttpResult<MoneyPrinterError>>> GenerateAsync(
        HttpContext http, CallerJobs jobs, MoneyPrinterSongs songs, Pipelines.Video.Providers.VideoProvidersOptions providers, IConfiguration configuration)
    {
        var (request, error) = await CompatRequest.ReadAsync<MoneyPrinterGenerateRequest, MoneyPrinterError>(http, MoneyPrinterErrors.Shape);
        if (request is null)
        {
            return error!;
        }
        var writer = ModelNames(providers)[0];
        var modelNotice = string.IsNullOrWhiteSpace(request.AiModel) || string.Equals(request.AiModel.Trim(), writer, StringComparison.Ordinal)
            ? null
            : MoneyPrinterNotices.ModelNotAvailable(request.AiModel.Trim(), writer);
        var submission = MoneyPrinterSubmission.ToSubmission(request, Correlation.CorrelationId.Get(http), ConfiguredVoices(configuration), modelNotice);
        // As the real backend's choose_random_song(): one of the uploaded songs, else our generated bed.
        if (request.UseMusic == true && songs.Pick(jobs.Caller.Owner) is { } song)
        {
            submission.Input["musicFile"] = song;
        }
        var (job, refused) = await MoneyPrinterErrors.Shape.SubmitAsync(() => jobs.SubmitAsync(submission, http.RequestAborted));
        return refused is null ? TypedResults.Ok(new MoneyPrinterGenerateResponse("success", "Video generation queued.", job.Id)) : refused;
    }

    /// <summary>
    /// The real backend lists its Ollama models; ours are the configured OpenAI-compatible model (when one is set)
    /// and the offline template writer. The choice sent back as <c>aiModel</c> is not per job: the server's
    /// configuration decides (see docs/api.md).
    /// </summary>
    private static Ok<MoneyPrinterModels> Models(Pipelines.Video.Providers.VideoProvidersOptions providers)
    {
        var models = ModelNames(providers);
        return TypedResults.Ok(new MoneyPrinterModels("success", models, models[0]));
    }

    /// <summary>The writers, the one that writes first.</summary>
    private static string[] ModelNames(Pipelines.Video.Providers.VideoProvidersOptions providers) =>
        providers.Llm.IsConfigured ? [providers.Llm.Model, OfflineModel] : [OfflineModel];

    /// <summary><c>MediaJobs:Compat:MoneyPrinter:Voices:&lt;voice id&gt;</c>: a voice name (cloud or espeak-ng) for a page voice.</summary>
    private static Dictionary<string, string> ConfiguredVoices(IConfiguration configuration) =>
        configuration.GetSection("MediaJobs:Compat:MoneyPrinter:Voices").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);

    private const string OfflineModel = "offline-template";

    private static async Task<Results<Ok<MoneyPrinterJobResponse>, JsonHttpResult<MoneyPrinterError>>> GetAsync(string id, CallerJobs jobs, DataLayout layout, CancellationToken ct) =>
        await FindAsync(jobs, id, ct) is { } job
            ? TypedResults.Ok(new MoneyPrinterJobResponse("success", MoneyPrinterShapes.Job(job, layout)))
            : MoneyPrinterErrors.NotFound();

    /// <summary><c>after</c> is parsed here, not bound, so a bad value gets the seed's error shape instead of a native problem.</summary>
    private static async Task<Results<Ok<MoneyPrinterEventsResponse>, JsonHttpResult<MoneyPrinterError>>> EventsAsync(string id, string? after, CallerJobs jobs, CancellationToken ct)
    {
        if (await FindAsync(jobs, id, ct) is not { } job)
        {
            return MoneyPrinterErrors.NotFound();
        }
        var from = 0L;
        if (!string.IsNullOrWhiteSpace(after) && !long.TryParse(after, NumberStyles.Integer, CultureInfo.InvariantCulture, out from))
        {
            return MoneyPrinterErrors.Shape.Error(StatusCodes.Status400BadRequest, "after must be a whole number.");
        }
        var events = await jobs.ReadEventsAsync(job, Math.Max(0, from), 1000, ct);
        return TypedResults.Ok(new MoneyPrinterEventsResponse("success", [.. events.Select(MoneyPrinterShapes.Event)]));
    }

    private static async Task<Results<Ok<MoneyPrinterCancelResponse>, JsonHttpResult<MoneyPrinterError>>> CancelAsync(string id, CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        if (await FindAsync(jobs, id, ct) is null)
        {
            return MoneyPrinterErrors.NotFound();
        }
        return TypedResults.Ok(new MoneyPrinterCancelResponse("success", await CancelAndWaitAsync(jobs, id, options.Value.StopWait, ct)));
    }

    /// <summary>
    /// Cancels and, for a running job, answers once it has stopped (at most the stop wait). The message stays the
    /// seed's and the real backend's words; the job's state says where it stands.
    /// </summary>
    private static async Task<string> CancelAndWaitAsync(CallerJobs jobs, string id, TimeSpan wait, CancellationToken ct)
    {
        if ((await jobs.CancelAsync(id, ct)).Result == CancelResult.Requested)
        {
            await jobs.WaitForStopAsync(id, wait, ct);
        }
        return "Cancellation requested.";
    }

    /// <summary>The running video job started last, else the newest queued one (one store query).</summary>
    private static async Task<Results<Ok<MoneyPrinterCancelResponse>, JsonHttpResult<MoneyPrinterError>>> CancelLatestAsync(CallerJobs jobs, IOptions<HttpApiOptions> options, CancellationToken ct)
    {
        if (await jobs.FindLatestActiveAsync(Pipelines.Video.VideoPipeline.TypeName, ct) is not { } latest)
        {
            return MoneyPrinterErrors.Shape.Error(StatusCodes.Status404NotFound, "No active job found.");
        }
        return TypedResults.Ok(new MoneyPrinterCancelResponse("success", await CancelAndWaitAsync(jobs, latest.Id, options.Value.StopWait, ct), latest.Id));
    }

    private static Task<Job?> FindAsync(CallerJobs jobs, string id, CancellationToken ct) => jobs.FindAsync(id, VideoJobs.IsVideo, ct);
}
