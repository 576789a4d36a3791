using System.Text.Json.Nodes;
using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Runs one claimed job from its first step that did not succeed to a final status, or back to
/// the queue. Delivery is at-least-once: a crash after the claim re-runs the step that was running,
/// so steps are idempotent; steps that succeeded are never run again.
/// </summary>
internal sealed partial class JobRunner(
    IJobStore store,
    PipelineRegistry pipelines,
    DataLayout layout,
    JobCleaner cleaner,
    EngineOptions options,
    TimeProvider time,
    ILogger logger,
    MediaJobsMetrics? metrics = null)
{
    public async Task RunAsync(Job job, RunControl control)
    {
        using var telemetry = new JobRunTelemetry(job, metrics, logger, time);
        using var writer = new JobWriter(job, store, time, metrics);
        StepRecord? current = null;
        var announced = false;
        try
        {
            var pipeline = pipelines.Find(job.Type)
                ?? throw new MediaJobsException(new JobError("UnknownJobType", $"No pipeline runs jobs of type '{job.Type}' on this server.", "Submit a job type this server lists, or run a node that has it."));
            // The input is read into the pipeline's typed request once per run, when a step first asks for it.
            var request = new Lazy<object?>(() => (pipeline as IJobPipeline<object>)?.ReadRequest(job));
            foreach (var step in job.Steps.Where(s => !s.Status.IsDone()))
            {
                control.Token.ThrowIfCancellationRequested();
                current = step;
                // The job's own "Running" rides on its first step's commit: one write fewer per job.
                var first = !announced;
                await writer.CommitAsync((j, now) => first
                    ? [.. JobTransitions.Started(j, now), .. JobTransitions.StepStarted(j, step, now)]
                    : JobTransitions.StepStarted(j, step, now));
                if (first)
                {
                    telemetry.RunStarted();
                }
                announced = true;
                telemetry.StepStarted(step);
                await RunStepAsync(pipeline.GetStep(step.Name), writer, step, request, control.Token);
                var last = job.Steps[^1] == step;
                if (last)
                {
                    // Before the final commit, so whoever sees Succeeded also sees no temp files.
                    await cleaner.CleanUpAsync(job, CancellationToken.None);
                }
                await writer.CommitAsync((j, now) => last
                    ? [.. JobTransitions.StepSucceeded(j, step, now), .. JobTransitions.Succeeded(j, layout.Resolve, now, ShapeOutput(pipeline, j))]
                    : JobTransitions.StepSucceeded(j, step, now),
                    counters: last ? CounterAmounts(job) : null);
                telemetry.StepEnded(step, "succeeded");
                current = null;
            }
            if (job.Status != JobStatus.Succeeded)
            {
                // Every step was already done (e.g. a crash right after the last step's commit).
                await cleaner.CleanUpAsync(job, CancellationToken.None);
                await writer.CommitAsync((j, now) => JobTransitions.Succeeded(j, layout.Resolve, now, ShapeOutput(pipeline, j)), counters: CounterAmounts(job));
            }
            telemetry.Finished("succeeded");
        }
        catch (Exception ex)
        {
            await HandleFailureAsync(writer, current, control, ex, telemetry);
        }
        if (job.Status.IsFinal())
        {
            await WakeParentAsync(job);
        }
    }

    /// <summary>A child's end wakes a parent waiting for it; a failed wake leaves the parent to its own snooze.</summary>
    private async Task WakeParentAsync(Job job)
    {
        try
        {
            await ParentWake.WakeAsync(store, job, time, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Job {JobId} ended but could not wake its parent {ParentId}", job.Id, job.BatchId);
        }
    }

    private async Task RunStepAsync(IJobStep step, JobWriter writer, StepRecord state, Lazy<object?> request, CancellationToken ct)
    {
        var context = new RunnerStepContext(writer, state, layout, time, options.ProgressInterval, options.LeaseDuration, ct) { SharedRequest = request };
        await using (context)
        {
            await step.ExecuteAsync(context, ct);
        }
    }

    private static Action<JsonObject> ShapeOutput(IJobPipeline pipeline, Job job) =>
        summary => pipeline.ShapeOutputSummary(job, summary);

    /// <summary>What a succeeded job adds to the counters (counters only grow: amounts of zero or less add nothing).</summary>
    private static Dictionary<string, long>? CounterAmounts(Job job)
    {
        var amounts = job.Counters.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        return amounts.Count > 0 ? amounts : null;
    }
}
