using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// A rescue puts a dead worker's job back in the queue. It is not the job's fault, so it gives its attempt back:
/// <c>attempt</c> counts only runs that ended by the job's own outcome (Hangfire's view; River counts rescues),
/// and automatic retries keep their full budget. A job whose worker keeps dying with it is stopped instead:
/// after <see cref="EngineOptions.MaxRescues"/> rescues it fails with code <c>CrashLoop</c>.
/// </summary>
public sealed partial class JobEngine
{
    internal const string RescuedPayload = "rescued";

    private async Task RescueAsync(Job job, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var rescues = await CountRescuesAsync(job.Id, ct);
        IReadOnlyList<NewJobEvent> events;
        if (rescues >= _options.MaxRescues)
        {
            var error = new JobError(
                "CrashLoop",
                $"The job's worker stopped without a word {rescues + 1} times while running it (last: {reason.ToLowerInvariant()}); it is not started again on its own.",
                "Look in the server log for what ended the process during this job (memory, a crash in a tool), then retry the job.");
            events = JobTransitions.Failed(job, job.Steps.FirstOrDefault(s => s.Status == StepStatus.Running), error, now);
        }
        else
        {
            events = JobTransitions.Requeued(job, reason, countAttempt: false, now);
            events[^1].Payload[RescuedPayload] = true;
        }
        var result = await _store.CommitAsync(new Storage.JobCommit(job, job.Version, events), ct);
        if (!result.Committed)
        {
            return;
        }
        if (job.Status == JobStatus.Failed)
        {
            _logger.LogError("Job {JobId} failed: its worker died {Count} times while running it", job.Id, rescues + 1);
            await Cleaner.CleanUpAsync(job, CancellationToken.None);
        }
        else
        {
            _logger.LogInformation("Requeued job {JobId}: {Reason}", job.Id, reason);
        }
    }

    /// <summary>How often this job was rescued before (its requeue events say so).</summary>
    private async Task<int> CountRescuesAsync(string jobId, CancellationToken ct)
    {
        var count = 0;
        long after = 0;
        while (true)
        {
            var page = await _store.ReadEventsAsync(new EventQuery(jobId, after, 1000), ct);
            count += page.Count(e => e.Type == JobEventTypes.JobStatus && e.Payload[RescuedPayload] is not null);
            if (page.Count < 1000)
            {
                return count;
            }
            after = page[^1].Id;
        }
    }
}
