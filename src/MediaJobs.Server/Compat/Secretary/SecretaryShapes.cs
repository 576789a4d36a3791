using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Compat.Secretary.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>Our document jobs in seed 003's words (its contract records): the success envelope, four statuses, snake_case job objects.</summary>
internal static class SecretaryShapes
{
    public static Ok<SecretarySuccess<T>> Success<T>(T data)
        where T : class => TypedResults.Ok(new SecretarySuccess<T>("success", data));

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
    public static SecretaryJob Job(Job job, IReadOnlyList<JobEvent>? logs = null) => new(
        JobId: job.Id,
        JobType: job.Type,
        Status: StatusWord(job.Status),
        CreatedAt: CompatTimes.Iso(job.CreatedUtc)!,
        UpdatedAt: CompatTimes.Iso(UpdatedAt(job))!,
        StartedAt: CompatTimes.Iso(job.StartedUtc),
        CompletedAt: CompatTimes.Iso(job.Status.IsFinal() ? job.EndedUtc : null),
        UserId: UserId(job),
        BatchId: job.BatchId,
        Parameters: (JsonObject)job.Input.DeepClone(),
        Progress: Progress(job),
        Results: job.Results.Count > 0 ? (JsonObject)job.Results.DeepClone() : null,
        Error: Error(job),
        Logs: logs is null ? null : [.. logs.Select(Log)]);

    /// <summary>A batch's job in <c>GET /api/jobs/batch/{batch_id}</c>.</summary>
    public static SecretaryBatchJob BatchJob(Job job) => new(job.Id, job.Type, StatusWord(job.Status));

    /// <summary>The caller's <c>user_id</c> when the request gave one, else the API key's id (the owner), else null.</summary>
    public static string? UserId(Job job) =>
        job.Options[SecretarySubmission.UserIdOption] is JsonValue value && value.TryGetValue<string>(out var user) ? user : job.Owner;

    private static SecretaryProgress Progress(Job job)
    {
        var percent = (int)Math.Clamp(Math.Round(job.ProgressPct), 0, 100);
        return job.Status switch
        {
            JobStatus.Queued => new("pending", 0, job.Message ?? "Job is waiting to be processed"),
            JobStatus.Succeeded => new("completed", 100, "Processing completed"),
            JobStatus.Skipped => new("completed", 100, job.Message ?? "Processing skipped"),
            JobStatus.Failed => new("failed", percent, job.Errors.LastOrDefault()?.Message ?? job.Message ?? "Processing failed"),
            JobStatus.Cancelled => new("cancelled", percent, "Job cancelled"),
            _ => new(CurrentStep(job), percent, job.Message ?? "Processing"),
        };
    }

    private static string CurrentStep(Job job) =>
        job.Steps.LastOrDefault(s => s.Status == StepStatus.Running)?.Name
        ?? job.Steps.LastOrDefault(s => s.Status != StepStatus.Pending)?.Name
        ?? "processing";

    private static SecretaryJobError? Error(Job job) => job.Status switch
    {
        JobStatus.Failed => job.Errors.LastOrDefault() is { } e
            ? new(e.Code, e.Message, e.Remediation)
            : new("Failed", job.Message ?? "Processing failed", null),
        JobStatus.Cancelled => new("Cancelled", "The job was cancelled.", null),
        _ => null,
    };

    private static SecretaryLogLine Log(JobEvent e) => new(
        CompatTimes.Iso(e.TimestampUtc)!,
        e.Level switch
        {
            EventLevel.Warning => "warning",
            EventLevel.Error => "error",
            _ => "info",
        },
        e.Message);

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
