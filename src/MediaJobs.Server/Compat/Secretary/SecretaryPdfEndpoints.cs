using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Secretary's <c>POST /api/pdf/process</c>: a PDF uploaded as multipart form field <c>file</c> (stored by the
/// <see cref="UploadStore"/>, size-limited by <c>MediaJobs:Uploads:MaxBytes</c>, recognised as a PDF by its bytes)
/// becomes the same <c>pdf</c> job <c>POST /api/jobs/</c> makes. Without <c>wait_ms</c> (or when it runs out) the answer
/// is the real server's 202 with <c>job.id</c>; with it, a finished job's result (200) or its error (400).
/// </summary>
internal static class SecretaryPdfEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(SecretaryError);
        api.MapPost("/api/pdf/process", ProcessAsync).WithSummary("Secretary: upload a PDF (multipart 'file') and process it as a pdf job; 'wait_ms' waits for the result")
            .WithMetadata(new RequestBodyDoc(typeof(SecretaryPdfUpload), "multipart/form-data"))
            .ProducesErrorBody(StatusCodes.Status401Unauthorized, error)
            .Produces<SecretaryPdfFinished>()
            .Produces<SecretaryPdfAccepted>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error)
            .Produces(StatusCodes.Status507InsufficientStorage, error);
    }

    private static async Task<Results<Ok<SecretaryPdfFinished>, JsonHttpResult<SecretaryPdfAccepted>, JsonHttpResult<SecretaryError>>> ProcessAsync(
        HttpContext http, CallerJobs jobs, UploadStore store, IOptions<UploadOptions> uploads, IOptions<Hosting.HttpApiOptions> options, TimeProvider time, CancellationToken ct)
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
        if (form.Files.Count == 0)
        {
            return SecretaryErrors.Shape.Error(StatusCodes.Status400BadRequest, SecretaryErrors.InvalidCode, "The form has no PDF in a field named 'file'.", "file");
        }
        Job job;
        string? callback;
        int waitMs;
        try
        {
            (var parameters, waitMs) = SecretaryPdfForm.Read(form.Fields, form.Files[0].Path);
            callback = (string?)parameters["webhook"]?["url"];
            var request = SecretaryJobRequest.Read(new JsonObject { ["job_type"] = "pdf", ["parameters"] = parameters });
            job = await jobs.SubmitAsync(SecretarySubmission.From(request, Correlation.CorrelationId.Get(http)), ct);
        }
        catch (RequestProblemException ex)
        {
            form.Discard();
            return SecretaryErrors.Shape.Refused(ex);
        }
        catch (Core.Errors.JobValidationException ex)
        {
            form.Discard();
            return SecretaryErrors.Shape.Invalid(ex);
        }
        var clientJobId = (string?)job.Webhook?.ClientJobId ?? job.Id;
        if (callback is null && waitMs > 0)
        {
            job = await SecretaryStream.WaitForEndAsync(jobs, job, TimeSpan.FromMilliseconds(waitMs), options.Value.SseHeartbeat, ct);
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

    /// <summary>The documented form (the real server's fields; see docs/api.md for which are refused).</summary>
    internal sealed record SecretaryPdfUpload(IFormFile File, string? extraction_method, string? template, string? useCache, string? force_refresh, string? wait_ms, string? callback_url, string? callback_token, string? jobId, string? language);
}
