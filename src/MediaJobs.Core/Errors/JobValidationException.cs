using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Errors;

/// <summary>A submission the server cannot honour; <see cref="Field"/> names the offending field (a 400).</summary>
public sealed class JobValidationException(string field, string message)
    : MediaJobsException(new JobError("InvalidRequest", message))
{
    public string Field { get; } = field;
}
