using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Media.FFmpeg;

/// <summary>The encode made no progress for the stall timeout and was killed (code <c>Stalled</c>).</summary>
public sealed class StallException(TimeSpan timeout)
    : MediaJobsException(new JobError(
        "Stalled",
        $"The encode made no progress for {timeout.TotalSeconds:0.#} s and was stopped.",
        "Check that the source file is readable (network share, failing disk); raise the stall timeout (MediaJobs:Transcode:StallTimeout for transcodes) for very slow encodes; then retry the job."))
{
    public TimeSpan Timeout { get; } = timeout;
}
