namespace MediaJobs.Core.Jobs;

/// <summary>The persisted state of one step of a job.</summary>
public sealed class JobStep
{
    public required string Name { get; init; }
    public StepStatus Status { get; set; } = StepStatus.Pending;
    public double ProgressPct { get; set; }
    public long DurationMs { get; set; }
    public List<JobError> Errors { get; set; } = [];
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<JobArtifact> Artifacts { get; set; } = [];
}
