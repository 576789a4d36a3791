namespace MediaJobs.Core.Jobs;

/// <summary>
/// The stored state of one step of a job (status, progress, errors, artifacts): what a job record holds per step.
/// The behaviour that runs the step is an <see cref="MediaJobs.Core.Pipelines.IJobStep"/>.
/// </summary>
public sealed class StepRecord
{
    public required string Name { get; init; }
    public StepStatus Status { get; set; } = StepStatus.Pending;
    public double ProgressPct { get; set; }
    public long DurationMs { get; set; }
    public List<JobError> Errors { get; set; } = [];
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<JobArtifact> Artifacts { get; set; } = [];

    /// <summary>
    /// The node that ran the step (its <c>MediaJobs:Engine:NodeName</c>), set when the step starts; a job resumed
    /// on another node keeps the names of the steps that ran before. Null until the step first starts.
    /// </summary>
    public string? Node { get; set; }
}
