using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Pipelines;

/// <summary>
/// Optional for a pipeline whose jobs write outside their work folder (e.g. a transcode's temp file beside its source).
/// The engine calls <see cref="CleanUpAsync"/>, after removing the job's work folder, whenever no run of the job is going
/// on: when a run ends in any status (before that status is stored), after a queued job is cancelled or cleared, and at
/// start-up for every job already final, since a crash may fall between a final status and its clean-up.
/// So it runs more than once per job: it must be idempotent, cheap when there is nothing to remove, and remove only
/// what this job itself wrote.
/// </summary>
public interface IJobCleanup
{
    Task CleanUpAsync(Job job, CancellationToken ct);

    /// <summary>
    /// For a job deleted (DELETE, clear, retention prune): it can never be retried, so whatever
    /// <see cref="CleanUpAsync"/> keeps for a retry (a cancelled transcode's committed segments) goes too.
    /// </summary>
    Task CleanUpDeletedAsync(Job job, CancellationToken ct) => CleanUpAsync(job, ct);
}
