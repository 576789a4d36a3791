using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Errors;

/// <summary>Put the job back and try again after <see cref="Delay"/>, without counting an attempt.</summary>
public sealed class SnoozeJobException(TimeSpan delay, string reason)
    : MediaJobsException(new JobError("Snoozed", reason))
{
    public TimeSpan Delay { get; } = delay;
}
