using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Engine;

/// <summary>A commit found the job changed by someone else: this worker no longer owns it.</summary>
internal sealed class LeaseLostException(string jobId)
    : MediaJobsException(new JobError("LeaseLost", $"Job {jobId} was taken over by another worker."));
