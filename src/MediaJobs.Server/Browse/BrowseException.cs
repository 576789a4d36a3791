using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Browse;

/// <summary>A browse request that cannot be answered: outside the roots or malformed (400), or missing (404).</summary>
public sealed class BrowseException(int status, string message)
    : MediaJobsException(new JobError(status == StatusCodes.Status404NotFound ? "NotFound" : "InvalidPath", message))
{
    public int Status { get; } = status;
}
