using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Our event log as seed 002's typed job events, decided by event type, status and job state, never by message text.</summary>
internal static class ShrinkRayEventTranslator
{
    /// <summary>One of our events as a seed 002 frame, or null when it has no counterpart (or is not this caller's transcode work).</summary>
    public static async Task<object?> TranslateAsync(JobEvent e, CallerJobs jobs, ShrinkRayStreamState state, CancellationToken ct)
    {
        if (e.Type == JobEventTypes.JobRemoved)
        {
            return state.Visible.Remove(e.JobId, out var was) && was ? new ShrinkRayRemovedFrame("removed", new ShrinkRayJobId(e.JobId)) : null;
        }
        if (await jobs.GetAsync(e.JobId, ct) is not { } job)
        {
            return null;
        }
        if (job.Type == TranscodeDiscoveryPipeline.TypeName)
        {
            return Discovery(e, job, state);
        }
        if (job.Type != TranscodePipeline.TypeName)
        {
            return null;
        }
        state.See(job.Id);
        var type = e.Type switch
        {
            JobEventTypes.JobStatus => (string?)e.Payload["status"] switch
            {
                nameof(JobStatus.Queued) => await IsSubmissionAsync(e, job, jobs, ct) ? "added" : "requeued",
                nameof(JobStatus.Running) => "started",
                nameof(JobStatus.Cancelled) => "cancelled",
                nameof(JobStatus.Skipped) => "skipped",
                _ => null,
            },
            JobEventTypes.StepProgress => "progress",
            JobEventTypes.JobCompleted => "complete",
            JobEventTypes.JobFailed => "failed",
            JobEventTypes.WebhookDelivered => "notify_sent",
            _ => null,
        };
        return type switch
        {
            null => null,
            "notify_sent" => new ShrinkRayNotifyFrame(type),
            _ => new ShrinkRayJobFrame(type, ShrinkRayShapes.Job(job, starting: type == "started")),
        };
    }

    /// <summary>Each count once and in order, whatever the stream reads late (the job's state may be further on).</summary>
    private static object? Discovery(JobEvent e, Job job, ShrinkRayStreamState state) => e.Type switch
    {
        JobEventTypes.StepProgress when job.Results[JobResultNames.Progress] is JsonObject p && state.IsNewCount(job.Id, (long?)p[TranscodeResults.Probed] ?? 0) =>
            new ShrinkRayDiscoveryFrame("discovery_progress", p[TranscodeResults.Probed]?.DeepClone() ?? 0, p[TranscodeResults.Total]?.DeepClone() ?? 0),
        JobEventTypes.JobCompleted => new ShrinkRayJobsAddedFrame("jobs_added", job.Results[TranscodeResults.Found]?.DeepClone() ?? 0),
        _ => null,
    };

    /// <summary>A queued status is the submission (seed 002's <c>added</c>) when it is the job's first event; later ones are requeues.</summary>
    private static async Task<bool> IsSubmissionAsync(JobEvent e, Job job, CallerJobs jobs, CancellationToken ct) =>
        (await jobs.ReadEventsAsync(job, 0, 1, ct)) is [var first] && first.Id == e.Id;
}
