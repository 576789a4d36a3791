namespace MediaJobs.Core.Pipelines;

/// <summary>
/// One job type (video, transcode, document, ...): validates submissions and supplies the
/// ordered steps. Steps are idempotent so a resumed or retried job re-runs only what did not succeed.
/// </summary>
public interface IJobPipeline
{
    string Type { get; }

    /// <summary>Presets this type accepts; the first is the default.</summary>
    IReadOnlyList<string> Presets { get; }

    /// <summary>
    /// Checks and normalises a submission. Throws <see cref="Errors.JobValidationException"/>
    /// naming the field for anything it cannot honour. Returns the step names the job will run.
    /// </summary>
    IReadOnlyList<string> Prepare(JobSubmission submission);

    /// <summary>The step that runs the step named <paramref name="name"/>.</summary>
    IJobStep GetStep(string name);

    /// <summary>
    /// Called when a run of <paramref name="job"/> stops without succeeding (failed, cancelled, skipped,
    /// paused, shutting down), after its work folder is removed: the place to remove temp files a
    /// pipeline keeps outside that folder (e.g. a transcode's temp file beside its source).
    /// </summary>
    Task OnRunStoppedAsync(Jobs.Job job) => Task.CompletedTask;
}
