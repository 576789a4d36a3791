using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Service;

public enum RetryResult
{
    NotFound,
    /// <summary>Only Failed or Cancelled jobs can be retried (a 409).</summary>
    NotRetryable,
    Queued,
}

public sealed record RetryOutcome(RetryResult Result, Job? Job);
