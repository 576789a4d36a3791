using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Every change of a job's or a step's status happens here, and each returns the events that
/// explain it (seed 000's event names and payloads, each with the job's correlationId).
/// </summary>
public static partial class JobTransitions
{
    public static IReadOnlyList<NewJobEvent> Submitted(Job job, DateTimeOffset now)
    {
        job.Status = JobStatus.Queued;
        job.Message = "Queued";
        return [JobStatusEvent(job, now, "Job queued")];
    }

    /// <summary>Right after a claim: steps left Running by a dead worker go back to Pending.</summary>
    public static IReadOnlyList<NewJobEvent> Started(Job job, DateTimeOffset now)
    {
        foreach (var step in job.Steps.Where(s => !s.Status.IsDone()))
        {
            step.Status = StepStatus.Pending;
            step.ProgressPct = 0;
        }
        job.Status = JobStatus.Running;
        job.StartedUtc ??= now;
        job.EndedUtc = null;
        job.RunAfterUtc = null;
        job.Message = $"Running (attempt {job.Attempt})";
        job.ProgressPct = OverallProgress(job);
        return [JobStatusEvent(job, now, job.Message)];
    }

    public static IReadOnlyList<NewJobEvent> StepStarted(Job job, StepRecord step, DateTimeOffset now)
    {
        step.Status = StepStatus.Running;
        step.StartedAt = now;
        step.CompletedAt = null;
        step.ProgressPct = 0;
        step.DurationMs = 0;
        step.Errors = [];
        step.Node = NodeOfWorker(job.LeaseOwner) ?? step.Node;
        job.Message = $"Running step {step.Name}";
        return [StepStatusEvent(job, step, now)];
    }

    /// <summary>The percent as events and clients show it: 0–100 in steps of 0.1.</summary>
    public static double ShownPercent(double percent) => Math.Round(Math.Clamp(percent, 0, 100), 1);

    /// <param name="details">The step's own progress details (speed, ETA…), carried in the payload so an event that only moves them is not a repeat of the one before.</param>
    public static IReadOnlyList<NewJobEvent> StepProgress(Job job, StepRecord step, double percent, DateTimeOffset now, JsonObject? details = null)
    {
        // Never backwards within a run of the step (a restarted encode, a late report): clients show it as a bar.
        step.ProgressPct = Math.Max(step.ProgressPct, ShownPercent(percent));
        step.DurationMs = ElapsedMs(step, now);
        job.ProgressPct = OverallProgress(job);
        var payload = Payload(job);
        payload["step"] = step.Name;
        payload["progressPct"] = step.ProgressPct;
        payload["jobProgressPct"] = job.ProgressPct;
        if (details is not null)
        {
            payload["details"] = details.DeepClone();
        }
        return [new(job.Id, JobEventTypes.StepProgress, EventLevel.Info, $"{step.Name}: {step.ProgressPct}%", payload, now)];
    }

    public static IReadOnlyList<NewJobEvent> StepSucceeded(Job job, StepRecord step, DateTimeOffset now)
    {
        step.Status = StepStatus.Succeeded;
        step.ProgressPct = 100;
        step.CompletedAt = now;
        step.DurationMs = ElapsedMs(step, now);
        job.ProgressPct = OverallProgress(job);
        return [StepStatusEvent(job, step, now)];
    }

    /// <param name="resolvePath">Turns an artifact's data-relative path into the absolute path clients see.</param>
    /// <param name="shapeOutput">Adds the job type's own fields to the output summary (<see cref="Pipelines.IJobPipeline.ShapeOutputSummary"/>).</param>
    public static IReadOnlyList<NewJobEvent> Succeeded(Job job, Func<string, string> resolvePath, DateTimeOffset now, Action<JsonObject>? shapeOutput = null)
    {
        job.Status = JobStatus.Succeeded;
        job.ProgressPct = 100;
        job.Message = "Succeeded";
        End(job, now);
        var payload = Payload(job);
        payload["status"] = nameof(JobStatus.Succeeded);
        payload["output"] = job.Output.Count == 0 ? null : OutputSummary(job, resolvePath, shapeOutput);
        return [new(job.Id, JobEventTypes.JobCompleted, EventLevel.Success, "Job succeeded", payload, now)];
    }

    /// <summary>A step failed for good: the step and the job end Failed with the error.</summary>
    public static IReadOnlyList<NewJobEvent> Failed(Job job, StepRecord? step, JobError error, DateTimeOffset now)
    {
        var events = new List<NewJobEvent>();
        if (step is not null)
        {
            events.AddRange(StepFailed(job, step, error, now));
        }
        job.Status = JobStatus.Failed;
        job.Errors = [.. job.Errors, error];
        job.Message = error.Message;
        End(job, now);
        var payload = Payload(job);
        payload["status"] = nameof(JobStatus.Failed);
        payload["errors"] = ErrorsArray(job.Errors);
        events.Add(new(job.Id, JobEventTypes.JobFailed, EventLevel.Error, error.Message, payload, now));
        return events;
    }

    /// <summary>A transient failure with attempts left: back to the queue, not before <paramref name="runAfter"/>.</summary>
    public static IReadOnlyList<NewJobEvent> RetryScheduled(Job job, StepRecord? step, JobError error, DateTimeOffset runAfter, DateTimeOffset now)
    {
        var events = new List<NewJobEvent>();
        if (step is not null)
        {
            events.AddRange(StepFailed(job, step, error, now));
        }
        job.Status = JobStatus.Queued;
        job.RunAfterUtc = runAfter;
        job.Message = $"Transient failure, retrying at {runAfter:O} (attempt {job.Attempt} of {job.MaxAttempts})";
        ClearLease(job);
        events.Add(JobStatusEvent(job, now, job.Message, EventLevel.Warning));
        return events;
    }

    public static IReadOnlyList<NewJobEvent> Cancelled(Job job, StepRecord? step, DateTimeOffset now)
    {
        var events = new List<NewJobEvent>();
        if (step is not null && step.Status == StepStatus.Running)
        {
            step.Status = StepStatus.Cancelled;
            step.CompletedAt = now;
            step.DurationMs = ElapsedMs(step, now);
            events.Add(StepStatusEvent(job, step, now));
        }
        job.Status = JobStatus.Cancelled;
        job.Message = "Cancelled";
        End(job, now);
        events.Add(JobStatusEvent(job, now, "Job cancelled"));
        return events;
    }

    public static IReadOnlyList<NewJobEvent> Skipped(Job job, StepRecord? step, string reason, DateTimeOffset now)
    {
        var events = new List<NewJobEvent>();
        foreach (var s in job.Steps.Where(s => !s.Status.IsDone()))
        {
            s.Status = StepStatus.Skipped;
            s.CompletedAt = now;
            if (s == step)
            {
                s.DurationMs = ElapsedMs(s, now);
                events.Add(StepStatusEvent(job, s, now));
            }
        }
        job.Status = JobStatus.Skipped;
        job.Message = reason;
        End(job, now);
        events.Add(JobStatusEvent(job, now, reason));
        return events;
    }

    /// <summary>
    /// Back to the queue without failing: pause, shutdown, snooze, or recovery of a dead worker's job.
    /// <paramref name="countAttempt"/> false gives the attempt back (the job did nothing wrong).
    /// </summary>
    public static IReadOnlyList<NewJobEvent> Requeued(Job job, string reason, bool countAttempt, DateTimeOffset now, DateTimeOffset? runAfter = null)
    {
        var events = new List<NewJobEvent>();
        foreach (var step in job.Steps.Where(s => s.Status == StepStatus.Running))
        {
            step.Status = StepStatus.Pending;
            step.ProgressPct = 0;
            events.Add(StepStatusEvent(job, step, now));
        }
        if (!countAttempt && job.Attempt > 0)
        {
            job.Attempt--;
        }
        job.Status = JobStatus.Queued;
        job.RunAfterUtc = runAfter;
        job.Message = reason;
        ClearLease(job);
        events.Add(JobStatusEvent(job, now, reason));
        return events;
    }

    /// <summary>A manual retry of a failed or cancelled job: it resumes at its first step that did not succeed.</summary>
    public static IReadOnlyList<NewJobEvent> RetryRequested(Job job, int automaticAttempts, DateTimeOffset now)
    {
        foreach (var step in job.Steps.Where(s => !s.Status.IsDone()))
        {
            step.Status = StepStatus.Pending;
            step.ProgressPct = 0;
        }
        job.Errors = [];
        job.CancelRequested = false;
        job.EndedUtc = null;
        job.RunAfterUtc = null;
        job.MaxAttempts = job.Attempt + Math.Max(1, automaticAttempts);
        job.Status = JobStatus.Queued;
        job.Message = "Retry requested";
        job.ProgressPct = OverallProgress(job);
        return [JobStatusEvent(job, now, "Job queued for retry")];
    }

    public static NewJobEvent Log(Job job, EventLevel level, string message, DateTimeOffset now)
    {
        var payload = Payload(job);
        payload["message"] = message;
        return new(job.Id, JobEventTypes.Log, level, message, payload, now);
    }

    public static NewJobEvent Warning(Job job, JobError warning, DateTimeOffset now)
    {
        job.Warnings = [.. job.Warnings, warning];
        var payload = Payload(job);
        payload["code"] = warning.Code;
        payload["message"] = warning.Message;
        payload["remediation"] = warning.Remediation;
        return new(job.Id, JobEventTypes.Warning, EventLevel.Warning, warning.Message, payload, now);
    }

    /// <summary>Overall percent: finished steps count whole, the running one by its own percent.</summary>
    public static double OverallProgress(Job job)
    {
        if (job.Steps.Count == 0)
        {
            return job.Status == JobStatus.Succeeded ? 100 : 0;
        }
        var sum = job.Steps.Sum(s => s.Status.IsDone() ? 100 : s.Status == StepStatus.Running ? s.ProgressPct : 0);
        return Math.Round(sum / job.Steps.Count, 1);
    }

    private static IReadOnlyList<NewJobEvent> StepFailed(Job job, StepRecord step, JobError error, DateTimeOffset now)
    {
        step.Status = StepStatus.Failed;
        step.CompletedAt = now;
        step.DurationMs = ElapsedMs(step, now);
        step.Errors = [.. step.Errors, error];
        var payload = Payload(job);
        payload["step"] = step.Name;
        payload["code"] = error.Code;
        payload["message"] = error.Message;
        payload["remediation"] = error.Remediation;
        return
        [
            new(job.Id, JobEventTypes.StepError, EventLevel.Error, error.Message, payload, now),
            StepStatusEvent(job, step, now),
        ];
    }
}
