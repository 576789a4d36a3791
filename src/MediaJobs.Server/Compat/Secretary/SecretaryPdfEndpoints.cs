using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Downloads;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Secretary's <c>POST /api/pdf/process</c>: a PDF uploaded as multipart form field <c>file</c> (stored by the
/// <see cref="UploadStore"/>, size-limited by <c>MediaJobs:Uploads:MaxBytes</c>, recognised as a PDF by its bytes), or
/// fetched from the form's <c>url</c> (<see cref="GuardedDownloader"/>), becomes the same <c>pdf</c> job
/// <c>POST /api/jobs/</c> makes; <c>POST /api/pdf/process-url</c> takes the same form with <c>url</c>. Without
/// <c>wait_ms</c> (or when it runs out) the answer is the real server's 202 with <c>job.id</c>; with it, a finished
/// job's result (200) or its error (400).
/// </summary>
internal static class SecretaryPdfEndpoints
{
    /// <summary>What a PDF URL may answer as (no declared type is accepted too; the bytes decide).</summary>
    public static readonly string[] PdfContentTypes = ["application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream"];

    public static void Map(RouteGroupBuilder api)
    {
        Answers(api.MapPost("/api/pdf/process", ProcessAsync)
            .WithSummary("Secretary: upload a PDF (multipart 'file', or 'url' to fetch it) and process it as a pdf job; 'wait_ms' waits for the result")
            .WithMetadata(new RequestBodyDoc(typeof(SecretaryPdfUpload), "multipart/form-data")));
        Answers(api.MapPost("/api/pdf/process-url", ProcessUrlAsync)
            .WithSummary("Secretary: fetch the PDF at the form's 'url' and process it as a pdf job; 'wait_ms' waits for the result")
            .WithMetadata(new RequestBodyDoc(typeof(SecretaryPdfUrlForm), "multipart/form-data")));
    }

    /// <summary>What both PDF routes answer: the same outcomes, whether the PDF was uploaded or fetched.</summary>
    private static void Answers(RouteHandlerBuilder route)
    {
        var error = typeof(SecretaryError);
        route.ProducesErrorBody(StatusCodes.Status401Unauthorized, error)
            .Produces<SecretaryPdfFinished>()
            .Produces<SecretaryPdfAccepted>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error)
            .Produces(StatusCodes.Status507InsufficientStorage, error)
            .Produces(StatusCodes.Status502BadGateway, error)
            .Produces(StatusCodes.Status504GatewayTimeout, error);
    }

    private static async Task<Results<Ok<SecretaryPdfFinished>, JsonHttpResult<SecretaryPdfAccepted>, JsonHttpResult<SecretaryError>>> ProcessAsync(
        HttpContext http, CallerJobs jobs, UploadStore store, GuardedDownloader downloader, IOptions<UploadOptions> uploads, IOptions<Hosting.HttpApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        MultipartUpload form;
        try
        {
            form = await MultipartUpload.ReadAsync(http, store, "file", uploads.Value.MaxBytes, [UploadKind.Pdf], null, 1, ct);
        }
        catch (UploadRejectedException rejected)
        {
            return SecretaryErrors.Shape.Error(rejected.StatusCode, rejected.Message);
        }
        if (form.Files.Count > 0)
        {
            return await SubmitAsync(http, jobs, form.Fields, form.Files[0], options.Value, time, ct);
        }
        return form.Fields.TryGetValue("url", out var url) && !string.IsNullOrWhiteSpace(url)
            ? await DownloadAndSubmitAsync(http, jobs, downloader, form.Fields, url, options.Value, time, ct)
            : SecretaryErrors.Shape.Error(StatusCodes.Status400BadRequest, SecretaryErrors.InvalidCode, "The form has no PDF in a field named 'file' and no 'url' to fetch one from.", "file");
    }

    private static async Task<Results<Ok<SecretaryPdfFinished>, JsonHttpResult<SecretaryPdfAccepted>, JsonHttpResult<SecretaryError>>> ProcessUrlAsync(
        HttpContext http, CallerJobs jobs, GuardedDownloader downloader, IOptions<Hosting.HttpApiOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return SecretaryErrors.Shape.Error(StatusCodes.Status415UnsupportedMediaType, "Send the fields as a form (multipart/form-data or application/x-www-form-urlencoded) with 'url'.");
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return SecretaryErrors.Shape.Error(StatusCodes.Status400BadRequest, "The form is malformed: " + MultipartUpload.MalformedReason(ex));
        }
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        return fields.TryGetValue("url", out var url) && !string.IsNullOrWhiteSpace(url)
            ? await DownloadAndSubmitAsync(http, jobs, downloader, fields, url, options.Value, time, ct)
            : SecretaryErrors.Shape.Error(StatusCodes.Status400BadRequest, SecretaryErrors.InvalidCode, "'url' is required: the http or https address of the PDF.", "url");
    }

    private static async Task<Results<Ok<SecretaryPdfFinished>, JsonHttpResult<SecretaryPdfAccepted>, JsonHttpResult<SecretaryError>>> DownloadAndSubmitAsync(
        HttpContext http, CallerJobs jobs, GuardedDownloader downloader, IReadOnlyDictionary<string, string> fields, string url, Hosting.HttpApiOptions options, TimeProvider time, CancellationToken ct)
    {
        try
        {
            // The form is checked before anything is fetched: a refused field costs no download.
            SecretaryPdfForm.Read(fields, "");
        }
        catch (RequestProblemException ex)
        {
            return SecretaryErrors.Shape.Refused(ex);
        }
        UploadedFile file;
        try
        {
            file = await downloader.DownloadAsync(url, jobs.Caller, [UploadKind.Pdf], PdfContentTypes, ct);
        }
        catch (DownloadRefusedException refused)
        {
            return SecretaryErrors.Shape.Error(refused.StatusCode, SecretaryErrors.CodeFor(refused.StatusCode), refused.Message, "url");
        }
        return await SubmitAsync(http, jobs, fields, file, options, time, ct);
    }

    /// <summary>The job for a stored PDF; a refused form removes the file again.</summary>
    private static async Task<Results<Ok<SecretaryPdfFinished>, JsonHttpResult<SecretaryPdfAccepted>, JsonHttpResult<SecretaryError>>> SubmitAsync(
        HttpContext http, CallerJobs jobs, IReadOnlyDictionary<string, string> fields, UploadedFile file, Hosting.HttpApiOptions options, TimeProvider time, CancellationToken ct)
    {
        SecretaryJobRequest request;
        string? callback;
        int waitMs;
        try
        {
            (var parameters, waitMs) = SecretaryPdfForm.Read(fields, file.Path);
            callback = (string?)parameters["webhook"]?["url"];
            request = SecretaryJobRequest.Read(new JsonObject { ["job_type"] = "pdf", ["parameters"] = parameters });
        }
        catch (RequestProblemException problem)
        {
            SecretaryPdfUrls.Discard([file]);
            return SecretaryErrors.Shape.Refused(problem);
        }
        var (job, refused) = await SecretaryErrors.Shape.SubmitAsync(
            () => jobs.SubmitAsync(SecretarySubmission.From(request, Correlation.CorrelationId.Get(http)), ct),
            () => SecretaryPdfUrls.Discard([file]));
        if (refused is not null)
        {
            return refused;
        }
        var clientJobId = (string?)job.Webhook?.ClientJobId ?? job.Id;
        if (callback is null && waitMs > 0)
        {
            job = await SecretaryStream.WaitForEndAsync(jobs, job, TimeSpan.FromMilliseconds(waitMs), options.SseHeartbeat, ct);
            if (job.Status is JobStatus.Succeeded or JobStatus.Skipped)
            {
                return TypedResults.Ok(Finished(job, clientJobId));
            }
            if (job.Status.IsFinal())
            {
                var (_, frame) = SecretaryStream.Frame(job, 100, null);
                return SecretaryErrors.Shape.Error(StatusCodes.Status400BadRequest, frame.Error?.Code ?? "Failed", frame.Error?.Message ?? "Processing failed");
            }
        }
        return TypedResults.Json(SecretaryPdfForm.Accepted(job.Id, clientJobId, job.CreatedUtc == default ? time.GetUtcNow() : job.CreatedUtc, callback), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>A finished job as the real server's synchronous PDF answer: <c>{status, process, job, data}</c>.</summary>
    private static SecretaryPdfFinished Finished(Job job, string clientJobId) => new(
        "success",
        new SecretaryProcess(
            job.Id,
            "pdf",
            CompatTimes.Iso(job.StartedUtc),
            CompatTimes.Iso(job.EndedUtc),
            job.Results[DocumentResults.Cached]?.GetValue<bool>() == true),
        new SecretaryJobId(clientJobId),
        SecretaryStream.CompletedData(job, null));

    /// <summary>The documented form (the real server's fields; see docs/api.md for which are refused). <c>url</c> instead of <c>file</c> fetches it.</summary>
    internal sealed record SecretaryPdfUpload(IFormFile? File, string? url, string? extraction_method, string? template, string? useCache, string? force_refresh, string? wait_ms, string? callback_url, string? callback_token, string? jobId, string? language);

    /// <summary><c>process-url</c>'s form: <c>url</c> and the same fields as <c>process</c>.</summary>
    internal sealed record SecretaryPdfUrlForm(string url, string? extraction_method, string? template, string? useCache, string? force_refresh, string? wait_ms, string? callback_url, string? callback_token, string? jobId, string? language);
}
