using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// A rescue puts a dead worker's job back in the queue. It is not the job's fault, so it gives its attempt back:
/// <c>attempt</c> counts only runs that ended by the job's own outcome (Hangfire's view; River counts rescues),
/// and automatic retries keep their full budget.
/// <para>
/// Fair crash accounting: a node that dies with several jobs on it says nothing about which one killed it, so
/// a job is blamed only for a crash it was alone for. Every rescued job is quarantined: it carries a
/// <c>WorkerLost</c> warning and runs alone on its next node (<see cref="SoloGate"/>). A job whose dead worker held no
/// other job counts a crash; the one that counts <see cref="EngineOptions.MaxRescues"/> + 1 fails it with
/// <c>CrashLoop</c>. So a job is never failed for crashes it merely shared, and a job that does kill its node is
/// failed after at most MaxRescues + 1 solo crashes (plus, before each, at most one shared crash: once rescued it
/// only runs alone).
/// </para>
/// </summary>
public sealed partial class JobEngine
{
    internal const string RescuedPayload = "rescued";
    internal const string AlonePayload = "alone";
    internal const string WorkerLostCode = "WorkerLost";

    /// <summary>A job whose worker died while running it runs alone next time, so its next crash is its own.</summary>
    internal static bool MustRunAlone(Job job) => job.Warnings.Any(w => w.Code == WorkerLostCode);

    private async Task RescueAsync(Job job, string reason, bool alone, DateTimeOffset now, CancellationToken ct)
    {
        var soloCrashes = alone ? await CountSoloCrashesAsync(job.Id, ct) + 1 : 0;
        IReadOnlyList<NewJobEvent> events;
        if (soloCrashes > _options.MaxRescues)
        {
            var error = new JobError(
                "CrashLoop",
                $"The job's worker stopped without a word {soloCrashes} times while it ran this job and nothing else (last: {reason.ToLowerInvariant()}); it is not started again on its own.",
                "Look in the server log for what ended the process during this job (memory, a crash in a tool), then retry the job.");
            events = JobTransitions.Failed(job, job.Steps.FirstOrDefault(s => s.Status == StepStatus.Running), error, now);
        }
        else
        {
            var warning = new JobError(
                WorkerLostCode,
                alone
                    ? $"Its worker stopped while running this job alone ({soloCrashes} of at most {_options.MaxRescues + 1} such stops); it runs alone again."
                    : "Its worker stopped while running this job and others; it runs alone on its next node, so a crash there is its own.",
                "Nothing to do unless it repeats; then look in the server log for what ended the process.");
            var requeued = JobTransitions.Requeued(job, reason, countAttempt: false, now);
            requeued[^1].Payload[RescuedPayload] = true;
            requeued[^1].Payload[AlonePayload] = alone;
            events = [.. requeued, JobTransitions.Warning(job, warning, now)];
        }
        var result = await _store.CommitAsync(new Storage.JobCommit(job, job.Version, events), ct);
        if (!result.Committed)
        {
            return;
        }
        if (job.Status == JobStatus.Failed)
        {
            _logger.LogError("Job {JobId} failed: its worker died {Count} times while running it alone", job.Id, soloCrashes);
            await Cleaner.CleanUpAsync(job, CancellationToken.None);
        }
        else
        {
            _logger.LogInformation("Requeued job {JobId}: {Reason} (alone on its worker: {Alone})", job.Id, reason, alone);
        }
    }

    /// <summary>How often this job's worker died while it ran alone (its rescue events say so).</summary>
    private async Task<int> CountSoloCrashesAsync(string jobId, CancellationToken ct)
    {
        var count = 0;
        long after = 0;
        while (true)
        {
            var page = await _store.ReadEventsAsync(new EventQuery(jobId, after, 1000), ct);
            count += page.Count(e => e.Type == JobEventTypes.JobStatus && e.Payload[RescuedPayload] is not null
                && e.Payload[AlonePayload]?.GetValue<bool>() == true);
            if (page.Count < 1000)
            {
                return count;
            }
            after = page[^1].Id;
        }
    }
}
