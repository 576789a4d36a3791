namespace MediaJobs.Core.Jobs;

/// <summary>Canonical job status (seed 000's words). Stored as text.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Skipped,
}
