namespace MediaJobs.Core.Jobs;

public static class JobStatusExtensions
{
    /// <summary>A final status: the job will not run again unless someone retries it.</summary>
    public static bool IsFinal(this JobStatus status) =>
        status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled or JobStatus.Skipped;

    /// <summary>A step that needs no re-run on resume or retry.</summary>
    public static bool IsDone(this StepStatus status) =>
        status is StepStatus.Succeeded or StepStatus.Skipped;
}
