using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.TextToVideo.Contracts;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using CorrelationId = MediaJobs.Server.Correlation.CorrelationId;

namespace MediaJobs.Server.Compat.TextToVideo;

/// <summary>
/// Seed 004's routes at its documented base <c>/api/v1</c>: generate from text, status with staged
/// progress and logs, download, list. Errors are <c>{"error": "..."}</c> (<see cref="TextToVideoErrors"/>). Only video jobs are visible.
/// </summary>
internal static class TextToVideoEndpoints
{
    private const int MaxListed = 500;

    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(TextToVideoError);
        var v1 = api.MapGroup("/api/v1").ProducesErrorBody(StatusCodes.Status401Unauthorized, error);
        v1.MapPost("/generate", GenerateAsync).WithSummary("Seed 004: start a video from text")
            .DocumentsJsonBody<TextToVideoGenerateRequest>()
            .Produces<TextToVideoGenerateResponse>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
        v1.MapGet("/status/{id}", StatusAsync).WithSummary("Seed 004: staged progress, message and logs")
            .Produces<TextToVideoStatus>()
            .Produces(StatusCodes.Status404NotFound, error);
        v1.MapGet("/download/{id}", DownloadAsync).WithSummary("Seed 004: the finished MP4")
            .WithParameters(Api.ApiParameterDocs.Range)
            .ProducesFile(StatusCodes.Status200OK, "The video as generated_video_<job_id>.mp4.", "video/mp4")
            .ProducesFile(StatusCodes.Status206PartialContent, "The requested byte range of the video.", "video/mp4")
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error)
            .Produces(StatusCodes.Status500InternalServerError, error);
        v1.MapGet("/jobs", ListAsync).WithSummary("Seed 004: every video job by id")
            .Produces<TextToVideoJobList>();
    }

    private static async Task<Results<Accepted<TextToVideoGenerateResponse>, JsonHttpResult<TextToVideoError>>> GenerateAsync(HttpContext http, CallerJobs jobs)
    {
        var (request, error) = await CompatRequest.ReadAsync<TextToVideoGenerateRequest, TextToVideoError>(http, TextToVideoErrors.Shape);
        if (request is null)
        {
            return error!;
        }
        var (job, refused) = await TextToVideoErrors.Shape.SubmitAsync(() => jobs.SubmitAsync(new JobSubmission
        {
            Type = Pipelines.Video.VideoPipeline.TypeName,
            Preset = "default",
            // Like the real generator: a 1080×1920 short with burned captions.
            Input = new JsonObject { ["text"] = request.Text, ["aspect"] = "9:16", ["burnSubtitles"] = true },
            Options = new JsonObject { ["allowSkipUnavailable"] = true },
            CorrelationId = CorrelationId.Get(http),
        }, http.RequestAborted));
        return refused is null
            ? TypedResults.Accepted((string?)null, new TextToVideoGenerateResponse(job.Id, "queued", "Video generation started"))
            : refused;
    }

    private static async Task<Results<Ok<TextToVideoStatus>, JsonHttpResult<TextToVideoError>>> StatusAsync(string id, CallerJobs jobs, CancellationToken ct)
    {
        if (await FindAsync(jobs, id, ct) is not { } job)
        {
            return TextToVideoErrors.NotFound();
        }
        return TypedResults.Ok(TextToVideoShapes.Status(job, await LogsAsync(jobs, job, ct)));
    }

    private static async Task<Results<PhysicalFileHttpResult, JsonHttpResult<TextToVideoError>>> DownloadAsync(string id, CallerJobs jobs, DataLayout layout, CancellationToken ct)
    {
        if (await FindAsync(jobs, id, ct) is not { } job)
        {
            return TextToVideoErrors.NotFound();
        }
        if (job.Status != JobStatus.Succeeded)
        {
            return TextToVideoErrors.Shape.Error(StatusCodes.Status400BadRequest, "Video not ready for download");
        }
        var video = job.Output.FirstOrDefault(a => a.MediaType == "video/mp4");
        if (video is null)
        {
            return TextToVideoErrors.Shape.Error(StatusCodes.Status500InternalServerError, "Output file not found");
        }
        var path = layout.Resolve(video.Path);
        return File.Exists(path)
            ? TypedResults.PhysicalFile(path, "video/mp4", $"generated_video_{job.Id}.mp4", enableRangeProcessing: true)
            : TextToVideoErrors.Shape.Error(StatusCodes.Status500InternalServerError, "Video file not found");
    }

    private static async Task<Ok<TextToVideoJobList>> ListAsync(CallerJobs jobs, DataLayout layout, CancellationToken ct)
    {
        var page = await jobs.ListAsync(new JobQuery { Type = Pipelines.Video.VideoPipeline.TypeName, Limit = MaxListed }, ct);
        var listed = new Dictionary<string, TextToVideoListedJob>(StringComparer.Ordinal);
        foreach (var job in page.Items)
        {
            listed[job.Id] = TextToVideoShapes.Listed(job, await LogsAsync(jobs, job, ct), layout);
        }
        return TypedResults.Ok(new TextToVideoJobList(listed));
    }

    private static async Task<IReadOnlyList<string>> LogsAsync(CallerJobs jobs, Job job, CancellationToken ct) =>
        [.. (await JobLogLines.ReadAsync(jobs, job, ct)).Select(e => e.Message)];

    private static Task<Job?> FindAsync(CallerJobs jobs, string id, CancellationToken ct) => jobs.FindAsync(id, VideoJobs.IsVideo, ct);
}
