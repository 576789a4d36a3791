using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Service;

public enum RetryResult
{
    NotFound,
    /// <summary>Only Failed or Cancelled jobs can be retried (a 409), or the rules' precondition refused it.</summary>
    NotRetryable,
    Queued,
}

/// <param name="Refusal">With <see cref="RetryResult.NotRetryable"/>: the <see cref="RetryRules.Refusal"/> reason, when that refused it.</param>
public sealed record RetryOutcome(RetryResult Result, Job? Job, string? Refusal = null);
