namespace MediaJobs.Core.Pipelines;

/// <summary>
/// One job type (video, transcode, document, ...): validates submissions and supplies the
/// ordered steps. Steps are idempotent so a resumed or retried job re-runs only what did not succeed.
/// A pipeline whose jobs write outside their work folder also implements <see cref="IJobCleanup"/>.
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
}
