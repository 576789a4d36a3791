using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>Our document jobs in seed 003's words: the success/error envelopes, four statuses, snake_case job objects.</summary>
internal static class SecretaryShapes
{
    public const string NotFoundCode = "NOT_FOUND";

    public static IResult Success(object data) => Results.Json(new { status = "success", data });

    /// <summary><c>{"status": "error", "error": {"code", "message", "details"}}</c>; details names the bad field when there is one.</summary>
    public static IResult Error(int status, string code, string message, string? field = null) =>
        Results.Json(
            new { status = "error", error = new { code, message, details = field is null ? null : new { field } } },
            statusCode: status);

    /// <summary>The same error with the code derived from the HTTP status (for body-reading errors).</summary>
    public static IResult Error(int status, string message) => Error(status, CodeFor(status), message);

    public static IResult JobNotFound(string id) => Error(StatusCodes.Status404NotFound, NotFoundCode, $"Job not found: {id}");

    public static IResult BatchNotFound(string id) => Error(StatusCodes.Status404NotFound, NotFoundCode, $"Batch not found: {id}");

    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "INVALID_REQUEST",
        StatusCodes.Status401Unauthorized => "UNAUTHORIZED",
        StatusCodes.Status404NotFound => NotFoundCode,
        StatusCodes.Status413PayloadTooLarge => "PAYLOAD_TOO_LARGE",
        StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
        _ => "ERROR",
    };

    /// <summary>pending, processing, completed, failed: Skipped counts as completed, Cancelled as failed (with error code <c>Cancelled</c>).</summary>
    public static string StatusWord(JobStatus status) => status switch
    {
        JobStatus.Queued => "pending",
        JobStatus.Running => "processing",
        JobStatus.Succeeded or JobStatus.Skipped => "completed",
        _ => "failed",
    };

    /// <summary>The native batch status (see <see cref="Api.BatchEndpoints"/>) in seed 003's words; Mixed (all final, some completed) is completed with a non-zero failed_count.</summary>
    public static string BatchStatusWord(string aggregate) => aggregate switch
    {
        "Queued" => "pending",
        "Running" => "processing",
        "Succeeded" or "Mixed" => "completed",
        _ => "failed",
    };

    /// <summary>The job object; <paramref name="logs"/> only on <c>GET /api/jobs/{job_id}</c>.</summary>
    public static JsonObject Job(Job job, IReadOnlyList<JobEvent>? logs = null)
    {
        var shape = new JsonObject
        {
            ["job_id"] = job.Id,
            ["job_type"] = job.Type,
            ["status"] = StatusWord(job.Status),
            ["created_at"] = CompatJson.Iso(job.CreatedUtc),
            ["updated_at"] = CompatJson.Iso(UpdatedAt(job)),
            ["started_at"] = CompatJson.Iso(job.StartedUtc),
            ["completed_at"] = CompatJson.Iso(job.Status.IsFinal() ? job.EndedUtc : null),
            ["user_id"] = UserId(job),
            ["batch_id"] = job.BatchId,
            ["parameters"] = job.Input.DeepClone(),
            ["progress"] = Progress(job),
            ["results"] = job.Results.Count > 0 ? job.Results.DeepClone() : null,
            ["error"] = Error(job),
        };
        if (logs is not null)
        {
            shape["logs"] = new JsonArray([.. logs.Select(Log)]);
        }
        return shape;
    }

    /// <summary>A batch's job in <c>GET /api/jobs/batch/{batch_id}</c>.</summary>
    public static JsonObject BatchJob(Job job) => new()
    {
        ["job_id"] = job.Id,
        ["job_type"] = job.Type,
        ["status"] = StatusWord(job.Status),
    };

    /// <summary>The caller's <c>user_id</c> when the request gave one, else the API key's id (the owner), else null.</summary>
    public static string? UserId(Job job) =>
        job.Options[SecretaryRequest.UserIdOption] is JsonValue value && value.TryGetValue<string>(out var user) ? user : job.Owner;

    private static JsonObject Progress(Job job)
    {
        var percent = (int)Math.Clamp(Math.Round(job.ProgressPct), 0, 100);
        return job.Status switch
        {
            JobStatus.Queued => Step("pending", 0, job.Message ?? "Job is waiting to be processed"),
            JobStatus.Succeeded => Step("completed", 100, "Processing completed"),
            JobStatus.Skipped => Step("completed", 100, job.Message ?? "Processing skipped"),
            JobStatus.Failed => Step("failed", percent, job.Errors.LastOrDefault()?.Message ?? job.Message ?? "Processing failed"),
            JobStatus.Cancelled => Step("cancelled", percent, "Job cancelled"),
            _ => Step(CurrentStep(job), percent, job.Message ?? "Processing"),
        };

        static JsonObject Step(string step, int percent, string message) => new() { ["step"] = step, ["percent"] = percent, ["message"] = message };
    }

    private static string CurrentStep(Job job) =>
        job.Steps.LastOrDefault(s => s.Status == StepStatus.Running)?.Name
        ?? job.Steps.LastOrDefault(s => s.Status != StepStatus.Pending)?.Name
        ?? "processing";

    private static JsonObject? Error(Job job) => job.Status switch
    {
        JobStatus.Failed => job.Errors.LastOrDefault() is { } e
            ? new JsonObject { ["code"] = e.Code, ["message"] = e.Message, ["remediation"] = e.Remediation }
            : new JsonObject { ["code"] = "Failed", ["message"] = job.Message ?? "Processing failed", ["remediation"] = null },
        JobStatus.Cancelled => new JsonObject { ["code"] = "Cancelled", ["message"] = "The job was cancelled.", ["remediation"] = null },
        _ => null,
    };

    private static JsonObject Log(JobEvent e) => new()
    {
        ["timestamp"] = CompatJson.Iso(e.TimestampUtc),
        ["level"] = e.Level switch
        {
            EventLevel.Warning => "warning",
            EventLevel.Error => "error",
            _ => "info",
        },
        ["message"] = e.Message,
    };

    private static DateTimeOffset UpdatedAt(Job job)
    {
        var latest = job.CreatedUtc;
        foreach (var time in new[] { job.StartedUtc, job.EndedUtc }.Concat(job.Steps.SelectMany(s => new[] { s.StartedAt, s.CompletedAt })))
        {
            if (time is { } t && t > latest)
            {
                latest = t;
            }
        }
        return latest;
    }
}
