using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Errors;

/// <summary>A failure worth retrying automatically with backoff (network blip, busy provider).</summary>
public sealed class TransientJobException(JobError error, TimeSpan? retryAfter = null, Exception? inner = null)
    : MediaJobsException(error, inner)
{
    /// <summary>The provider's own hint (e.g. Retry-After); otherwise the engine's backoff applies.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
