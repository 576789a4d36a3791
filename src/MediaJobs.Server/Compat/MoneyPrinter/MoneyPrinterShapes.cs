using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>Our job and events in seed 001's words.</summary>
internal static class MoneyPrinterShapes
{
    public static IResult Error(int status, string message) =>
        Results.Json(new { status = "error", message }, statusCode: status);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "Job not found.");

    /// <summary>queued, running, completed, failed, cancelled (a skipped job did nothing wrong: completed).</summary>
    public static string State(JobStatus status) => status switch
    {
        JobStatus.Queued => "queued",
        JobStatus.Running => "running",
        JobStatus.Succeeded or JobStatus.Skipped => "completed",
        JobStatus.Failed => "failed",
        _ => "cancelled",
    };

    public static object Job(Job job, DataLayout layout) => new
    {
        id = job.Id,
        state = State(job.Status),
        cancelRequested = job.CancelRequested || job.Status == JobStatus.Cancelled,
        resultPath = job.Status == JobStatus.Succeeded && job.Output.Count > 0 ? layout.Resolve(job.Output[0].Path) : null,
        errorMessage = job.Status == JobStatus.Failed ? job.Errors.LastOrDefault()?.Message ?? job.Message : null,
        createdAt = CompatJson.Iso(job.CreatedUtc),
        startedAt = CompatJson.Iso(job.StartedUtc),
        completedAt = CompatJson.Iso(job.EndedUtc),
    };

    /// <summary>Every event is a log line with seed 001's levels; ours are named in the payload's <c>event</c>.</summary>
    public static object Event(JobEvent e)
    {
        var payload = e.Payload.DeepClone().AsObject();
        payload.Remove("correlationId");
        payload["event"] = e.Type;
        return new
        {
            id = e.Id,
            type = e.Type == JobEventTypes.StepProgress ? "progress" : "log",
            level = e.Level.ToString().ToLowerInvariant(),
            message = e.Message,
            payload,
            timestamp = CompatJson.UnixSecondsPrecise(e.TimestampUtc),
        };
    }
}
