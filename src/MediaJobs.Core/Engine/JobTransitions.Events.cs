using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Engine;

// The events and payloads the transitions return, and the small field updates they share.
public static partial class JobTransitions
{
    /// <summary>A queued job held back by a run guard: its message and one <c>warning</c> event say why.</summary>
    public static IReadOnlyList<NewJobEvent> Waiting(Job job, string reason, string detail, DateTimeOffset now)
    {
        job.Message = $"waiting: {reason} ({detail})";
        var payload = Payload(job);
        payload["waiting"] = reason;
        payload["message"] = detail;
        return [new(job.Id, JobEventTypes.Warning, EventLevel.Warning, job.Message, payload, now)];
    }

    private static NewJobEvent StepStatusEvent(Job job, StepRecord step, DateTimeOffset now)
    {
        var payload = Payload(job);
        payload["step"] = step.Name;
        payload["status"] = step.Status.ToString();
        payload["jobProgressPct"] = job.ProgressPct;
        if (job.Status == JobStatus.Running && step.Status != StepStatus.Pending && job.LeaseOwner is { } worker)
        {
            // Which node ran the step: with many nodes the log shows where each run happened.
            payload["worker"] = worker;
        }
        var level = step.Status switch
        {
            StepStatus.Succeeded => EventLevel.Success,
            StepStatus.Failed => EventLevel.Error,
            StepStatus.Cancelled => EventLevel.Warning,
            _ => EventLevel.Info,
        };
        return new(job.Id, JobEventTypes.StepStatus, level, $"Step {step.Name}: {step.Status}", payload, now);
    }

    private static NewJobEvent JobStatusEvent(Job job, DateTimeOffset now, string message, EventLevel? level = null)
    {
        var payload = Payload(job);
        payload["status"] = job.Status.ToString();
        payload["message"] = message;
        payload["jobProgressPct"] = job.ProgressPct;
        var eventLevel = level ?? job.Status switch
        {
            JobStatus.Cancelled or JobStatus.Skipped => EventLevel.Warning,
            _ => EventLevel.Info,
        };
        return new(job.Id, JobEventTypes.JobStatus, eventLevel, message, payload, now);
    }

    private static JsonObject Payload(Job job) => new() { ["correlationId"] = job.CorrelationId };

    private static JsonObject OutputSummary(Job job, Func<string, string> resolvePath, Action<JsonObject>? shapeOutput)
    {
        var summary = new JsonObject();
        var primary = job.Output.FirstOrDefault();
        if (primary is not null)
        {
            summary["path"] = resolvePath(primary.Path);
            summary["sizeBytes"] = primary.SizeBytes;
            summary["mediaType"] = primary.MediaType;
        }
        summary["artifacts"] = new JsonArray([.. job.Output.Select(a => (JsonNode)new JsonObject
        {
            ["name"] = a.Name,
            ["path"] = resolvePath(a.Path),
            ["sizeBytes"] = a.SizeBytes,
            ["mediaType"] = a.MediaType,
        })]);
        shapeOutput?.Invoke(summary);
        return summary;
    }

    private static JsonArray ErrorsArray(IEnumerable<JobError> errors) =>
        new([.. errors.Select(e => (JsonNode)new JsonObject
        {
            ["code"] = e.Code,
            ["message"] = e.Message,
            ["remediation"] = e.Remediation,
        })]);

    private static void End(Job job, DateTimeOffset now)
    {
        job.EndedUtc = now;
        job.RunAfterUtc = null;
        ClearLease(job);
    }

    private static void ClearLease(Job job)
    {
        job.LeaseOwner = null;
        job.LeaseExpiresUtc = null;
    }

    /// <summary>The node name in a lease owner (<c>node/process-id</c>, see <see cref="JobEngine.WorkerId"/>); null without a lease.</summary>
    public static string? NodeOfWorker(string? workerId)
    {
        if (string.IsNullOrEmpty(workerId))
        {
            return null;
        }
        var slash = workerId.LastIndexOf('/');
        return slash > 0 ? workerId[..slash] : workerId;
    }

    private static long ElapsedMs(StepRecord step, DateTimeOffset now) =>
        step.StartedAt is { } started ? Math.Max(0, (long)(now - started).TotalMilliseconds) : 0;
}
