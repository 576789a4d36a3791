using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Uploads;

/// <summary><c>POST /api/uploads</c>: a multipart file streamed to disk, to be named as a job's input.</summary>
public static class UploadEndpoints
{
    public const string FileField = "file";

    public static IEndpointRouteBuilder MapUploadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/uploads", UploadAsync)
            .WithTags("Uploads")
            .WithName("UploadFile")
            .WithSummary("Store a file (multipart/form-data, field 'file') for use as a job input, e.g. a pdf job's filename")
            .WithDescription("Streamed to disk under <data>/uploads/, size-limited (MediaJobs:Uploads:MaxBytes a file, MaxRequestBytes a request, MaxBytesPerKey held by a non-admin key: 413, checked from Content-Length before the body is read), refused with 507 when it would leave the disk under MediaJobs:DiskSpace:MinFreeBytes, recognised by its first bytes (PDF, image, video, audio). Only jobs of the same key may name it; it is deleted with the last job that names it, or after MediaJobs:Uploads:UnusedLifetime when no job does.")
            .WithMetadata(new RequestBodyDoc(typeof(UploadForm), "multipart/form-data"))
            .ProducesUnauthorizedProblem()
            .Produces<UploadResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, UploadStore store, UploadGate gate, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var limits = options.Value;
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", "Send the file as multipart/form-data with a boundary, in a field named 'file'.");
        }
        long requestLimit = 0;
        try
        {
            // Quotas, the request limit and the disk floor, from the headers before the body is read.
            var allowance = gate.Open(http, limits.MaxBytes, 1);
            requestLimit = allowance.RequestLimit;
            var reader = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition()
                    && string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FileField, StringComparison.Ordinal))
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var saved = await store.SaveAsync(http.GetCaller().Owner, name, section.ContentType, section.Body, limits.MaxBytes, limits.AllowedKinds, allowance, ct);
                    return TypedResults.Created((string?)null, new UploadResponse(saved.Id, saved.FileName, saved.SizeBytes, saved.MediaType, saved.Path));
                }
            }
            throw RequestProblemException.BadField(FileField, "The form has no file in a field named 'file'.");
        }
        catch (UploadRejectedException rejected)
        {
            return Problem(rejected.StatusCode, rejected.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Payload Too Large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported Media Type",
                StatusCodes.Status507InsufficientStorage => "Insufficient Storage",
                _ => "Invalid request",
            }, rejected.Message);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Payload Too Large", UploadAllowance.RequestTooLarge(requestLimit, null).Message);
        }
        catch (Exception malformed) when (malformed is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid request", "The multipart body is malformed: " + MultipartUpload.MalformedReason(malformed));
        }
    }

    private static ProblemResult Problem(int status, string title, string detail) => new(ProblemWriter.Create(status, title, detail));

    /// <summary>The documented form: one file.</summary>
    internal sealed record UploadForm(IFormFile File);
}
