using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Service;

/// <summary>
/// When a retry may happen: the statuses it starts from, and a face's own precondition (e.g. "the source still
/// exists"), checked on the job as read for the retry itself, so nothing changes between check and retry.
/// </summary>
/// <param name="From">Statuses a retry starts from.</param>
/// <param name="Refusal">Why this job may not be retried, or null when it may.</param>
public sealed record RetryRules(IReadOnlySet<JobStatus> From, Func<Job, string?>? Refusal = null)
{
    /// <summary>The engine's own rule: a failed or cancelled job.</summary>
    public static RetryRules Default { get; } = new(new HashSet<JobStatus> { JobStatus.Failed, JobStatus.Cancelled });
}
