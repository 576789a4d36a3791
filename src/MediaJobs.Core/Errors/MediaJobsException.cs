using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Errors;

/// <summary>
/// The one exception root. A step says what should happen next by what it throws:
/// this (permanent: the job fails with <see cref="Error"/>), <see cref="TransientJobException"/>
/// (retry with backoff), <see cref="SnoozeJobException"/> (retry later, no attempt counted),
/// <see cref="SkipJobException"/> (the job ends Skipped), or <see cref="OperationCanceledException"/>.
/// </summary>
public class MediaJobsException : Exception
{
    public MediaJobsException(JobError error, Exception? inner = null)
        : base(error.Message, inner) => Error = error;

    public JobError Error { get; }
}
