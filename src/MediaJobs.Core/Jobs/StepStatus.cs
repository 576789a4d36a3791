namespace MediaJobs.Core.Jobs;

/// <summary>Status of one step of a job. Stored as text.</summary>
public enum StepStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Skipped,
    Cancelled,
}
