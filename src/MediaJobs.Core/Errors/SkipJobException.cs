using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Errors;

/// <summary>Nothing to do: the job ends Skipped with the reason (e.g. "already HEVC").</summary>
public sealed class SkipJobException(string reason)
    : MediaJobsException(new JobError("Skipped", reason))
{
    public string Reason { get; } = reason;
}
