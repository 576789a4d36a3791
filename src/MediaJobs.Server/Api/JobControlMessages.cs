using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Api;

/// <summary>The words of the job controls, shared by the HTTP API and the MCP tools so both say the same.</summary>
internal static class JobControlMessages
{
    public static string NotFound(string id) => $"No job with id '{id}'.";

    public static string NothingToCancel(string id, JobStatus status) => $"Job '{id}' already ended {status}; there is nothing to cancel.";

    public static string NotRetryable(string id, JobStatus status) => $"Job '{id}' is {status}; only Failed or Cancelled jobs can be retried.";

    public const string RetryQueued = "Job queued for retry; it resumes at its first step that did not succeed.";
}
