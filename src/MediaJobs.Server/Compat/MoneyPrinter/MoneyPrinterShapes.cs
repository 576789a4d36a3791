using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>Our job and events in seed 001's words (its contract records).</summary>
internal static class MoneyPrinterShapes
{
    /// <summary>queued, running, completed, failed, cancelled (a skipped job did nothing wrong: completed).</summary>
    public static string State(JobStatus status) => status switch
    {
        JobStatus.Queued => "queued",
        JobStatus.Running => "running",
        JobStatus.Succeeded or JobStatus.Skipped => "completed",
        JobStatus.Failed => "failed",
        _ => "cancelled",
    };

    public static MoneyPrinterJob Job(Job job, DataLayout layout) => new(
        Id: job.Id,
        State: State(job.Status),
        CancelRequested: job.CancelRequested || job.Status == JobStatus.Cancelled,
        ResultPath: job.Status == JobStatus.Succeeded && job.Output.Count > 0 ? layout.Resolve(job.Output[0].Path) : null,
        ErrorMessage: job.Status == JobStatus.Failed ? job.Errors.LastOrDefault()?.Message ?? job.Message : null,
        CreatedAt: CompatTimes.Iso(job.CreatedUtc)!,
        StartedAt: CompatTimes.Iso(job.StartedUtc),
        CompletedAt: CompatTimes.Iso(job.EndedUtc));

    /// <summary>Every event is a log line with seed 001's levels; ours are named in the payload's <c>event</c>.</summary>
    public static MoneyPrinterEvent Event(JobEvent e)
    {
        var payload = e.Payload.DeepClone().AsObject();
        payload.Remove("correlationId");
        payload["event"] = e.Type;
        return new MoneyPrinterEvent(
            e.Id,
            e.Type == JobEventTypes.StepProgress ? "progress" : "log",
            e.Level.ToString().ToLowerInvariant(),
            e.Message,
            payload,
            CompatTimes.UnixSecondsPrecise(e.TimestampUtc));
    }
}
