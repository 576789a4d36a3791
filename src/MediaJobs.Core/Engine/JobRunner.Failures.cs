using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>What a job becomes when a step throws: the step's exception type decides.</summary>
internal sealed partial class JobRunner
{
    /// <summary>How a tool (FFmpeg, Tesseract...) says ENOSPC in its stderr.</summary>
    private const string NoSpace = "No space left on device";

    private async Task HandleFailureAsync(JobWriter writer, StepRecord? step, RunControl control, Exception ex, JobRunTelemetry telemetry)
    {
        var job = writer.Job;
        if (ex is LeaseLostException)
        {
            // Another worker owns the job now, its folder included.
            logger.LogWarning("Job {JobId} was taken over by another worker; this worker lets it go", job.Id);
            return;
        }
        // The clean-up sees the cancel, so it can tell it from a stop that requeues (whose work a resumed run may reuse);
        // only for the clean-up: what the job stores is unchanged.
        var cancelling = control.Reason == StopReason.Cancel && !job.CancelRequested;
        job.CancelRequested |= cancelling;
        // Before the status is stored: a cancelled or failed job is seen only once its temp files are gone.
        await cleaner.CleanUpAsync(job, CancellationToken.None);
        job.CancelRequested &= !cancelling;
        try
        {
            switch (ex)
            {
                case OperationCanceledException when control is { Reason: StopReason.Held, StopError: { } held }:
                    await writer.CommitAsync((j, now) => JobTransitions.Failed(j, step, held, now));
                    telemetry.StepEnded(step, "failed", held.Code);
                    telemetry.Finished("failed", held);
                    return;
                case OperationCanceledException when control.Reason is { } reason:
                    await StoppedAsync(writer, step, reason);
                    telemetry.StepEnded(step, reason == StopReason.Cancel ? "cancelled" : "requeued");
                    if (reason == StopReason.Cancel)
                    {
                        telemetry.Finished("cancelled");
                    }
                    else
                    {
                        telemetry.Requeued(automaticRetry: false);
                    }
                    return;
                case SkipJobException skip:
                    await writer.CommitAsync((j, now) => JobTransitions.Skipped(j, step, skip.Reason, now));
                    telemetry.StepEnded(step, "skipped");
                    telemetry.Finished("skipped");
                    return;
                case SnoozeJobException snooze:
                    await writer.CommitAsync((j, now) => JobTransitions.Requeued(j, snooze.Error.Message, countAttempt: false, now, now + snooze.Delay));
                    telemetry.StepEnded(step, "requeued");
                    telemetry.Requeued(automaticRetry: false);
                    return;
                case TransientJobException transient when job.Attempt < job.MaxAttempts:
                    await writer.CommitAsync((j, now) => JobTransitions.RetryScheduled(j, step, transient.Error, now + Backoff(j.Attempt, transient.RetryAfter), now));
                    telemetry.StepEnded(step, "failed", transient.Error.Code);
                    telemetry.Requeued(automaticRetry: true, transient.Error.Code);
                    return;
                case var full when StorageFull.Is(full) || (full is MediaJobsException tool && tool.Error.Message.Contains(NoSpace, StringComparison.Ordinal)):
                    logger.LogError(ex, "Step {Step} of job {JobId} hit a full disk", step?.Name, job.Id);
                    var diskFull = new JobError(StorageFull.ErrorCode, $"The disk is full: {ex.Message}", "Free disk space under the data directory (and the output folder), then retry the job.");
                    await writer.CommitAsync((j, now) => JobTransitions.Failed(j, step, diskFull, now));
                    return;
                case MediaJobsException known:
                    await writer.CommitAsync((j, now) => JobTransitions.Failed(j, step, known.Error, now));
                    telemetry.StepEnded(step, "failed", known.Error.Code);
                    telemetry.Finished("failed", known.Error);
                    return;
                default:
                    logger.LogError(ex, "Step {Step} of job {JobId} failed unexpectedly", step?.Name, job.Id);
                    var error = new JobError("InternalError", $"{ex.GetType().Name}: {ex.Message}", "See the server log; retry the job once the cause is fixed.");
                    await writer.CommitAsync((j, now) => JobTransitions.Failed(j, step, error, now));
                    telemetry.StepEnded(step, "failed", error.Code);
                    telemetry.Finished("failed", error);
                    return;
            }
        }
        catch (LeaseLostException)
        {
            logger.LogWarning("Job {JobId} changed hands while it was being stopped", job.Id);
        }
    }

    private Task StoppedAsync(JobWriter writer, StepRecord? step, StopReason reason) => reason switch
    {
        StopReason.Cancel => writer.CommitAsync((j, now) => JobTransitions.Cancelled(j, step, now)),
        StopReason.Pause => writer.CommitAsync((j, now) => JobTransitions.Requeued(j, "Queue paused; job requeued at the front", countAttempt: false, now), moveToFront: true),
        StopReason.Shutdown => writer.CommitAsync((j, now) => JobTransitions.Requeued(j, "Server stopping; job requeued at the front", countAttempt: false, now), moveToFront: true),
        _ => Task.CompletedTask,
    };

    /// <summary>Exponential backoff with jitter, capped; a provider's Retry-After wins when longer.</summary>
    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var exponential = options.RetryBaseDelay * Math.Pow(2, Math.Max(0, attempt - 1));
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        var delay = TimeSpan.FromTicks((long)Math.Min(exponential.Ticks * jitter, options.RetryMaxDelay.Ticks));
        return retryAfter is { } hint && hint > delay ? hint : delay;
    }
}
